namespace CountyInnovation.Sdk.Indicators;

/// <summary>The kind of a derived indicator's formula.</summary>
public enum FormulaKind
{
    /// <summary>
    /// numerator / denominator × scale, in the same county and year: shares (scale 100) and
    /// per-capita values (scale 10,000 for "per 10,000 people").
    /// </summary>
    Ratio = 0,

    /// <summary>
    /// Year-over-year growth in percent: (x<sub>t</sub> / x<sub>t−1</sub> − 1) × 100, from the
    /// county's value of the same statistic in the year before.
    /// </summary>
    GrowthRate = 1,
}
