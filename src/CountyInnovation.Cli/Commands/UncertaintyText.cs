using System.Globalization;
using CountyInnovation.Sdk.Output;
using CountyInnovation.Sdk.Uncertainty;
using Spectre.Console;

namespace CountyInnovation.Cli.Commands;

/// <summary>The table and CSV renderings of an uncertainty analysis.</summary>
internal static class UncertaintyText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteTable(CliContext context, UncertaintyResult result, SensitivityResult? sensitivity)
    {
        var output = context.Output;

        var console = context.Console;
        output.WriteLine(string.Create(Invariant, $"Uncertainty of the {result.Year.Value} evaluation (data of {result.Year.DataYear}) — {result.DataSource}{(result.IsSynthetic ? " — SYNTHETIC DATA, not official statistics" : string.Empty)}"));
        output.WriteLine(string.Create(Invariant, $"{result.Runs:N0} runs, seed {result.Settings.Seed}, {result.FailedRuns:N0} failed; {result.Engine}."));
        output.WriteLine("Varied: " + string.Join("; ", result.Specification.Assumptions));
        foreach (var (failure, runs) in result.FailureSummary())
        {
            output.WriteLine(string.Create(Invariant, $"  {Cli.Output.Wording.Count(runs, "run")} failed: {failure}"));
        }

        var table = new Table();
        foreach (var column in new[] { "County", "City", "Score", "Class", "Rank", "90% interval", "Median", "P(A)", "P(B)", "P(C)" })
        {
            table.AddColumn(column);
        }

        foreach (var c in result.MostUncertainFirst())
        {
            table.AddRow(
                Markup.Escape($"{c.Code} {c.Name}"),
                Markup.Escape(c.City),
                c.NominalScore is { } s ? s.ToString("0.00", Invariant) : "–",
                c.NominalClass?.ToString() ?? "–",
                c.NominalRank?.ToString(Invariant) ?? "–",
                c.RankedRuns == 0 ? "–" : string.Create(Invariant, $"{c.Percentile5Rank:0.#}–{c.Percentile95Rank:0.#}"),
                c.RankedRuns == 0 ? "–" : c.MedianRank.ToString("0.#", Invariant),
                Probability(c.ProbabilityA),
                Probability(c.ProbabilityB),
                Probability(c.ProbabilityC));
        }

        console.Write(table);
        output.WriteLine("Most uncertain first (widest 90 % rank interval). Rank interval: 5th–95th percentile of the rank over the runs; P(X): share of runs in class X.");
        if (sensitivity is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(Invariant, $"Sensitivity of y = mean |rank − nominal rank| ({sensitivity.TotalRuns:N0} runs, N = {sensitivity.BaseRuns:N0}, {sensitivity.FailedRuns:N0} failed), 90 % bootstrap intervals:"));
        var indices = new Table();
        foreach (var column in new[] { "Assumption", "First order S", "S interval", "Total ST", "ST interval" })
        {
            indices.AddColumn(column);
        }

        foreach (var i in sensitivity.Indices)
        {
            indices.AddRow(
                Markup.Escape(i.Assumption),
                i.FirstOrder.ToString("0.000", Invariant),
                string.Create(Invariant, $"{i.FirstOrderLower:0.000} – {i.FirstOrderUpper:0.000}"),
                i.Total.ToString("0.000", Invariant),
                string.Create(Invariant, $"{i.TotalLower:0.000} – {i.TotalUpper:0.000}"));
        }

        console.Write(indices);
        output.WriteLine("Leaving one indicator out (nominal method, weights of its siblings renormalised):");
        var removals = new Table();
        foreach (var column in new[] { "Indicator", "Mean |shift|", "Max |shift|", "Counties moved" })
        {
            removals.AddColumn(column);
        }

        foreach (var r in sensitivity.IndicatorRemovals.OrderByDescending(r => double.IsNaN(r.MeanAbsoluteShift) ? -1 : r.MeanAbsoluteShift))
        {
            removals.AddRow(
                Markup.Escape($"{r.Indicator} {r.Name}"),
                r.Failure is null ? r.MeanAbsoluteShift.ToString("0.00", Invariant) : Markup.Escape("failed: " + r.Failure),
                r.MaxAbsoluteShift.ToString(Invariant),
                r.CountiesMoved.ToString(Invariant));
        }

        console.Write(removals);
    }

    public static void WriteCsv(TextWriter output, UncertaintyResult result)
    {
        output.WriteLine("code,name,city,nominal_score,nominal_rank,nominal_class,ranked_runs,mean_rank,median_rank,p5_rank,p95_rank,best_rank,worst_rank,p_a,p_b,p_c,synthetic");
        foreach (var c in result.MostUncertainFirst())
        {
            string[] fields =
            [
                CsvCell.Text(c.Code),
                CsvCell.Text(c.Name),
                CsvCell.Text(c.City),
                c.NominalScore?.ToString("R", Invariant) ?? string.Empty,
                c.NominalRank?.ToString(Invariant) ?? string.Empty,
                c.NominalClass?.ToString() ?? string.Empty,
                c.RankedRuns.ToString(Invariant),
                Number(c.MeanRank),
                Number(c.MedianRank),
                Number(c.Percentile5Rank),
                Number(c.Percentile95Rank),
                c.BestRank.ToString(Invariant),
                c.WorstRank.ToString(Invariant),
                Number(c.ProbabilityA),
                Number(c.ProbabilityB),
                Number(c.ProbabilityC),
                result.IsSynthetic ? "true" : "false",
            ];
            output.WriteLine(string.Join(',', fields));
        }
    }

    private static string Probability(double p) => double.IsNaN(p) ? "–" : p.ToString("0.00", Invariant);

    private static string Number(double value) => double.IsFinite(value) ? CsvCell.Number(value) : string.Empty;
}
