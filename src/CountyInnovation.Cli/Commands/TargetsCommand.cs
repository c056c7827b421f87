using System.CommandLine;
using CountyInnovation.Sdk.Policy;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>targets [--format table|json]</c>: the targets the 2020 text states, deadlines included.</summary>
internal static class TargetsCommand
{
    public static Command Create(CliContext context)
    {
        var format = OutputFormatOption.Create();
        var command = new Command("targets", "List the targets the 2020 document states, with their values, units and deadlines.");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var targets = PolicyCatalogue.Hebei2020.Targets;
            if (parseResult.GetValue(format) == OutputFormatOption.Json)
            {
                CatalogueJson.Write(context.Output, targets.Select(CatalogueJson.Of).ToList());
                return 0;
            }

            var table = new Table();
            table.AddColumn("Measure");
            table.AddColumn("Kind");
            table.AddColumn("Target");
            table.AddColumn("Value");
            table.AddColumn("Deadline");
            foreach (var target in targets)
            {
                var value = target.Value is { } v ? $"{v} {target.Unit}" : string.Empty;
                var deadline = target.Deadline is { } d
                    ? d + (d.IsInferred ? " (inferred" + (d.PhraseZh is { } p ? " from " + p : string.Empty) + ")" : string.Empty)
                    : "none";
                table.AddRow(
                    target.Measure.ToString(),
                    target.Kind.ToString(),
                    Markup.Escape(target.DescriptionZh + "\n" + target.DescriptionEn),
                    Markup.Escape(value),
                    Markup.Escape(deadline));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{targets.Length} target(s).");
            return 0;
        });
        return command;
    }
}
