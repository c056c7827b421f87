using System.CommandLine;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary><c>measures [--section N] [--unit NAME] [--format table|json]</c>: the 28 measures of the 2020 document.</summary>
internal static class MeasuresCommand
{
    public static Command Create(CliContext context)
    {
        var section = new Option<int?>("--section") { Description = "Only the measures of section N (1 to 8).", HelpName = "N" };
        var unit = new Option<string?>("--unit")
        {
            Description = "Only the measures a unit is responsible for: short name (省科技厅), full name or English name. " +
                "A city government (石家庄市政府) also gets the measures of 各市政府.",
            HelpName = "NAME",
        };
        var command = new Command("measures", "List the 28 measures of the 2020 document: text, responsible units, cited documents, targets.");
        command.Options.Add(section);
        command.Options.Add(unit);
        var output = OutputFormatOption.AddTo(command, "the measures");
        command.SetAction(parseResult =>
        {
            if (output.Resolve(parseResult, context) is not { } format)
            {
                return 1;
            }

            var document = PolicyCatalogue.Hebei2020;
            IEnumerable<Measure> measures = document.Measures;
            if (parseResult.GetValue(section) is { } n)
            {
                if (n is < SectionNumber.MinValue or > SectionNumber.MaxValue)
                {
                    context.Error.WriteLine($"error: --section {n}: the document has sections 1 to 8 (一 to 八).");
                    return 1;
                }

                measures = document.MeasuresIn(SectionNumber.From(n));
            }

            if (parseResult.GetValue(unit) is { } name)
            {
                if (!ResponsibleUnits.TryFind(name, out var found))
                {
                    context.Error.WriteLine(UnitCommandLine.UnknownUnitMessage(name));
                    return 1;
                }

                var numbers = document.Responsibilities.ForUnit(found, includeCollective: true).Select(a => a.Measure).ToHashSet();
                measures = measures.Where(m => numbers.Contains(m.Number));
            }

            var selected = measures.ToList();
            return output.Write(parseResult, context, target => Write(target, document, selected, format));
        });
        return command;
    }

    private static int Write(CliContext context, PolicyDocument document, List<Measure> selected, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            CatalogueJson.Write(context.Output, new CatalogueJson.MeasuresJson(CatalogueJson.MeasuresSchema, [.. selected.Select(CatalogueJson.Of)]));
            return 0;
        }

        var table = new Table().Title(Markup.Escape(document.TitleZh));
        table.AddColumn("#");
        table.AddColumn("Section");
        table.AddColumn("Responsible units (first = lead, inferred)");
        table.AddColumn("Measure");
        table.AddColumn("Cited / targets");
        foreach (var measure in selected)
        {
            var extra = measure.CitedDocuments.Select(d => d.ToString())
                .Concat(measure.Targets.Select(t => t.DescriptionEn + (t.Deadline is { } d ? $" by {d}" : string.Empty)));
            table.AddRow(
                measure.Number.ToString(),
                measure.Section.Number.ChineseNumeral,
                Markup.Escape(string.Join("、", measure.ResponsibleUnits.Select(a => a.Unit.ShortNameZh))),
                Markup.Escape(measure.TextZh + "\n" + measure.TextEn),
                Markup.Escape(string.Join("\n", extra)));
        }

        context.Console.Write(table);
        context.Output.WriteLine($"{Wording.Count(selected.Count, "measure")}.");
        return 0;
    }
}
