namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>Rank statistics of one unit, as computed by <see cref="RankHistogram"/>.</summary>
internal readonly record struct RankSummary(
    int Ranked,
    int Missing,
    double Mean,
    double Median,
    double Percentile5,
    double Percentile95,
    int Best,
    int Worst);
