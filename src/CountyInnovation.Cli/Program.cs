using System.Text;
using CountyInnovation.Cli;

// Tables fit the terminal; redirected or piped output is not wrapped at all.
if (!Console.IsOutputRedirected)
{
    return CliApplication.Run(args, Console.Out, Console.Error, NodaTime.SystemClock.Instance, Console.WindowWidth);
}

// Redirected output goes out in large blocks: Console.Out makes one system call per line, which
// for a national CSV of thousands of rows costs more than the analysis's own output step.
var encoding = Console.OutputEncoding.Preamble.Length > 0 && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage
    ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
    : Console.OutputEncoding;
using var output = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { AutoFlush = false };
return CliApplication.Run(args, output, Console.Error, NodaTime.SystemClock.Instance, width: null);
