using System.CommandLine;
using System.Globalization;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime.Text;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>units report NAME [--as-of DATE] [--observations FILE] [--plan FILE] [--format …]</c>: one
/// responsible unit's measures, roles, targets with status, what is overdue and what falls due next.
/// </summary>
internal static class UnitReportCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME")
        {
            Description = "The unit: short name (省科技厅), full name (河北省科学技术厅) or English name; a city government (唐山市政府) also owes what 各市政府 owes.",
        };
        var command = new Command("report", "One responsible unit's obligations and their status as of a date.");
        command.Arguments.Add(name);
        var options = TargetOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var unitName = parseResult.GetValue(name) ?? string.Empty;
            if (!ResponsibleUnits.TryFind(unitName, out var unit))
            {
                context.Error.WriteLine(UnitCommandLine.UnknownUnitMessage(unitName, "unit"));
                return 1;
            }

            if (options.Output.Resolve(parseResult, context) is not { } output || options.Resolve(parseResult, context) is not { } inputs)
            {
                return 1;
            }

            var report = UnitReport.For(unit, PolicyCatalogue.Hebei2020, inputs.Plan, inputs.Observations, inputs.AsOf, inputs.Method);
            return options.Output.Write(parseResult, context, target =>
            {
                if (TargetOptions.ReportFormat(output) is { } format)
                {
                    UnitReportWriter.Write(target.Output, report, format);
                    return 0;
                }

                WriteTable(target, report, inputs.AsOfNote);
                return 0;
            });
        });
        return command;
    }

    private static void WriteTable(CliContext context, UnitReport report, string asOfNote)
    {
        TargetOptions.Banner(context, report.IsIllustrative);
        context.Output.WriteLine($"{report.Unit.ShortNameZh} — {report.Unit.FullNameZh} — {report.Unit.NameEn}");
        context.Output.WriteLine($"As of {LocalDatePattern.Iso.Format(report.AsOf)} ({asOfNote}); observations: {report.Observations}.");
        if (report.Unit.IsCollective)
        {
            context.Output.WriteLine($"{report.Unit.ShortNameZh} stands for: {string.Join("、", report.Unit.Members.Select(m => m.ShortNameZh))}.");
        }

        var measures = new Table().Title("Measures (role inferred from listing order where marked)");
        measures.AddColumn("Measure");
        measures.AddColumn("Role");
        measures.AddColumn("Through");
        foreach (var a in report.Measures)
        {
            measures.AddRow(a.Measure.ToString(), (a.Role == UnitRole.Lead ? "lead" : "co-responsible") + (a.IsRoleInferred ? " (inferred)" : string.Empty), Markup.Escape(a.Unit.Equals(report.Unit) ? "—" : a.Unit.ShortNameZh));
        }

        context.Console.Write(measures);
        if (report.Targets.IsEmpty)
        {
            context.Output.WriteLine("None of these measures states a quantified target.");
        }
        else
        {
            var targets = new Table().Title("Targets");
            foreach (var column in new[] { "Id", "Data", "Status", "Deadline", "Shortfall", "Next due" })
            {
                targets.AddColumn(column);
            }

            foreach (var t in report.Targets)
            {
                var status = t.Status.ToLabel() + (t.Result.IsProjection ? " (projection)" : string.Empty);
                if (!t.Cities.IsEmpty)
                {
                    status += "\n" + string.Join("\n", t.Cities.Select(c => $"{c.City.NameZh}: {c.Result.Status.ToLabel()}"));
                }

                targets.AddRow(
                    Markup.Escape(t.Target.Id),
                    Markup.Escape(t.Scope),
                    Markup.Escape(status),
                    t.Result.Deadline is { } d ? LocalDatePattern.Iso.Format(d) : "standing",
                    t.IsOverdue && t.Result.Shortfall is { } s ? s.ToString("0.####", CultureInfo.InvariantCulture) : "—",
                    t.NextDue is { } n ? LocalDatePattern.Iso.Format(n) : "—");
            }

            context.Console.Write(targets);
            foreach (var t in report.Targets)
            {
                context.Output.WriteLine($"{t.Target.Id}: {t.Target.Title}");
            }
        }

        context.Output.WriteLine(report.Overdue.IsEmpty ? "Overdue: nothing." : "Overdue: " + string.Join("; ", report.Overdue.Select(t => $"{t.Target.Id} ({t.Result.Explanation})")));
        context.Output.WriteLine(report.DueNext.IsEmpty ? "Falls due next: nothing." : "Falls due next: " + string.Join("; ", report.DueNext.Select(t => $"{LocalDatePattern.Iso.Format(t.NextDue!.Value)} {t.Target.Id}")));
        TargetOptions.Banner(context, report.IsIllustrative);
    }
}
