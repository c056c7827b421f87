using CountyInnovation.Cli;

// Tables fit the terminal; redirected or piped output is not wrapped at all.
int? width = Console.IsOutputRedirected ? null : Console.WindowWidth;
return CliApplication.Run(args, Console.Out, Console.Error, NodaTime.SystemClock.Instance, width);
