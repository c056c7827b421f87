using System.CommandLine;
using CountyInnovation.Sdk.Policy;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>targets [--format table|json]</c>: the targets the 2020 text states, deadlines included.</summary>
internal static class TargetsCommand
{
    public static Command Create(CliContext context) => OutputFormatOption.CreateListing(
        "targets",
        "List the targets the 2020 document states, with their values, units and deadlines.",
        context,
        () => PolicyCatalogue.Hebei2020.Targets.Select(CatalogueJson.Of).ToList(),
        BuildTable);

    private static (Table, string) BuildTable()
    {
        var targets = PolicyCatalogue.Hebei2020.Targets;
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

        return (table, $"{targets.Length} target(s).");
    }
}
