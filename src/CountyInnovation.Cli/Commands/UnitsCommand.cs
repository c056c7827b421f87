using System.CommandLine;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>units [--format table|json]</c>: the 15 responsible units and their measures.</summary>
internal static class UnitsCommand
{
    public static Command Create(CliContext context)
    {
        var format = OutputFormatOption.Create();
        var command = new Command("units", "List the 15 responsible units of the 2020 document with their measures (the lead role is inferred from listing order).");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var matrix = PolicyCatalogue.Hebei2020.Responsibilities;
            if (parseResult.GetValue(format) == OutputFormatOption.Json)
            {
                CatalogueJson.Write(context.Output, ResponsibleUnits.All.Select(u => CatalogueJson.Of(u, matrix)).ToList());
                return 0;
            }

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
                    unit.Kind.ToString(),
                    string.Join(", ", assignments.Where(a => a.Role == UnitRole.Lead).Select(a => a.Measure.ToString())),
                    string.Join(", ", assignments.Where(a => a.Role == UnitRole.CoResponsible).Select(a => a.Measure.ToString())));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{ResponsibleUnits.All.Length} units. Roles are inferred: the text lists units without saying 牵头; the first listed is taken to lead.");
            return 0;
        });
        return command;
    }
}
