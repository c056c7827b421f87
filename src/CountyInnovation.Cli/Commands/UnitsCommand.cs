using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>units [--format table|json]</c>: the 15 responsible units and their measures; subcommands
/// <c>units report NAME</c> (one unit's obligations and status) and <c>units matrix</c> (export).
/// </summary>
internal static class UnitsCommand
{
    public static Command Create(CliContext context)
    {
        var command = OutputFormatOption.CreateListing(
            "units",
            "List the 15 responsible units of the 2020 document with their measures (the lead role is inferred from listing order).",
            context,
            output => CatalogueJson.Write(output, new CatalogueJson.UnitsJson(CatalogueJson.UnitsSchema, [.. ResponsibleUnits.All.Select(u => CatalogueJson.Of(u, PolicyCatalogue.Hebei2020.Responsibilities))])),
            BuildTable);
        command.Subcommands.Add(UnitReportCommand.Create(context));
        command.Subcommands.Add(UnitMatrixCommand.Create(context));
        return command;
    }

    private static (Table, string) BuildTable()
    {
        var matrix = PolicyCatalogue.Hebei2020.Responsibilities;
        var table = new Table();
        table.AddColumn("Unit");
        table.AddColumn("Full name / English");
        table.AddColumn("Kind");
        table.AddColumn("Leads (inferred)");
        table.AddColumn("Co-responsible");
        foreach (var unit in ResponsibleUnits.All)
        {
            var assignments = matrix.ForUnit(unit);
            table.AddRow(
                Markup.Escape(unit.ShortNameZh),
                Markup.Escape(unit.FullNameZh + "\n" + unit.NameEn + (unit.IsCollective ? "\n= " + string.Join("、", unit.Members.Select(m => m.ShortNameZh)) : string.Empty)),
                Wording.Of(unit.Kind),
                string.Join(", ", assignments.Where(a => a.Role == UnitRole.Lead).Select(a => a.Measure.ToString())),
                string.Join(", ", assignments.Where(a => a.Role == UnitRole.CoResponsible).Select(a => a.Measure.ToString())));
        }

        return (table, $"{ResponsibleUnits.All.Length} units. Roles are inferred: the text lists units without saying 牵头; the first listed is taken to lead.");
    }
}
