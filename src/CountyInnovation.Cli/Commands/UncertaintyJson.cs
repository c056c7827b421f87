using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// The JSON shape of <c>uncertainty --format json</c> (documented in docs/uncertainty.md): the
/// public result only; how the engine stores its statistics (histogram sizes) stays out.
/// </summary>
internal static class UncertaintyJson
{
    /// <summary>Schema id of <c>uncertainty --format json</c>.</summary>
    public const string Schema = "county-innovation/uncertainty/v1";

    public static ResultJson Of(UncertaintyResult result, SensitivityResult? sensitivity) => new(
        Schema,
        result.Year.Value,
        result.Year.DataYear,
        result.DataSource,
        result.IsSynthetic,
        result.Runs,
        result.FailedRuns,
        result.Settings.Seed,
        result.Engine,
        [.. result.Specification.Assumptions.Select(a => a.ToString() ?? a.Name)],
        [.. result.FailureSummary().Select(f => new FailureJson(f.Failure, f.Runs))],
        [.. result.MostUncertainFirst().Select(c => new CountyJson(
            c.Code,
            c.Name,
            c.City,
            c.NominalScore,
            c.NominalRank,
            c.NominalClass?.ToString(),
            c.RankedRuns,
            Finite(c.MeanRank),
            Finite(c.MedianRank),
            Finite(c.Percentile5Rank),
            Finite(c.Percentile95Rank),
            c.BestRank,
            c.WorstRank,
            Finite(c.ProbabilityA),
            Finite(c.ProbabilityB),
            Finite(c.ProbabilityC)))],
        sensitivity is null ? null : new SensitivityJson(
            sensitivity.BaseRuns,
            sensitivity.TotalRuns,
            sensitivity.FailedRuns,
            [.. sensitivity.Indices.Select(i => new IndexJson(i.Assumption, Finite(i.FirstOrder), Finite(i.FirstOrderLower), Finite(i.FirstOrderUpper), Finite(i.Total), Finite(i.TotalLower), Finite(i.TotalUpper)))],
            [.. sensitivity.IndicatorRemovals.Select(r => new RemovalJson(r.Indicator, r.Name, Finite(r.MeanAbsoluteShift), r.MaxAbsoluteShift, r.CountiesMoved, r.Failure))]));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    internal sealed record ResultJson(
        string Schema,
        int Year,
        int DataYear,
        string DataSource,
        bool Synthetic,
        int Runs,
        int FailedRuns,
        ulong Seed,
        string Engine,
        IReadOnlyList<string> Assumptions,
        IReadOnlyList<FailureJson> Failures,
        IReadOnlyList<CountyJson> Counties,
        SensitivityJson? Sensitivity);

    internal sealed record FailureJson(string Reason, int Runs);

    internal sealed record CountyJson(
        string Code,
        string Name,
        string City,
        double? NominalScore,
        int? NominalRank,
        string? NominalClass,
        int RankedRuns,
        double? MeanRank,
        double? MedianRank,
        double? Percentile5Rank,
        double? Percentile95Rank,
        int BestRank,
        int WorstRank,
        double? ProbabilityA,
        double? ProbabilityB,
        double? ProbabilityC);

    internal sealed record SensitivityJson(int BaseRuns, int TotalRuns, int FailedRuns, IReadOnlyList<IndexJson> Indices, IReadOnlyList<RemovalJson> IndicatorRemovals);

    internal sealed record IndexJson(string Assumption, double? FirstOrder, double? FirstOrderLower, double? FirstOrderUpper, double? Total, double? TotalLower, double? TotalUpper);

    internal sealed record RemovalJson(string Indicator, string Name, double? MeanAbsoluteShift, int MaxAbsoluteShift, int CountiesMoved, string? Failure);
}
