using System.CommandLine;
using System.Globalization;
using CountyInnovation.Cli.Output;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Targets;
using NodaTime.Text;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// <c>targets [--as-of DATE] [--observations FILE] [--plan FILE] [--method ratio|extrapolation]
/// [--format table|json|markdown|csv]</c>: where every target stands as of a date.
/// </summary>
internal static class TargetsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "targets",
            "Status of every target of the 2020 document (or of a plan file) as of a date: achieved, on track, acceleration needed, " +
            "limited progress, moving away, missed (with the shortfall), not yet due, insufficient data. Without --observations " +
            "the shipped ILLUSTRATIVE example observations are used, and the output says so.");
        var options = TargetOptions.AddTo(command);
        command.Subcommands.Add(CountyRiseCommand.Create(context));
        command.SetAction(parseResult =>
        {
            if (options.Output.Resolve(parseResult, context) is not { } output || options.Resolve(parseResult, context) is not { } inputs)
            {
                return 1;
            }

            var assessment = PlanAssessment.Of(inputs.Plan, inputs.Observations, inputs.AsOf, inputs.Method);
            return options.Output.Write(parseResult, context, target => Write(target, assessment, inputs, output));
        });
        return command;
    }

    private static int Write(CliContext context, PlanAssessment assessment, TargetOptions.Inputs inputs, OutputFormat output)
    {
        if (TargetOptions.ReportFormat(output) is { } format)
        {
            StatusReportWriter.Write(context.Output, assessment, format);
            return 0;
        }

        TargetOptions.Banner(context, assessment.IsIllustrative);
        context.Output.WriteLine($"Target status as of {LocalDatePattern.Iso.Format(inputs.AsOf)} ({inputs.AsOfNote}); observations: {assessment.Observations}; numeric method: {Wording.OfMethod(assessment.NumericMethod)}.");
        var table = new Table();
        foreach (var column in new[] { "Id", "Status", "Deadline", "Latest", "Shortfall", "Next due" })
        {
            table.AddColumn(column);
        }

        foreach (var t in assessment.Targets)
        {
            var r = t.Result;
            table.AddRow(
                Markup.Escape(t.Target.Id),
                Markup.Escape(r.Status.ToLabel() + (r.IsProjection ? " (projection)" : string.Empty)),
                r.Deadline is { } d ? LocalDatePattern.Iso.Format(d) + (t.Target.IsDeadlineInferred ? "*" : string.Empty) : "standing",
                r.Latest is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.Value:0.####} ({LocalDatePattern.Iso.Format(l.Date)})") : "—",
                r.Shortfall is { } s && r.Status == TargetStatus.Missed ? s.ToString("0.####", CultureInfo.InvariantCulture) : "—",
                t.NextDue is { } n ? LocalDatePattern.Iso.Format(n) : "—");
        }

        context.Console.Write(table);
        foreach (var t in assessment.Targets)
        {
            context.Output.WriteLine($"{t.Target.Id}: {t.Target.Title}{(t.Target.TitleZh is { } zh ? " (" + zh + ")" : string.Empty)}");
        }

        var counts = string.Join(", ", assessment.CountByStatus.Select(kv => $"{kv.Value} {kv.Key.ToLabel()}"));
        context.Output.WriteLine($"{Wording.Count(assessment.Targets.Length, "target")}: {counts}. * deadline inferred from the text's wording or assumed.");
        TargetOptions.Banner(context, assessment.IsIllustrative);
        return 0;
    }
}
