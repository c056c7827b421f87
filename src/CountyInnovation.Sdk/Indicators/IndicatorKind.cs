namespace CountyInnovation.Sdk.Indicators;

/// <summary>Whether an indicator is measured from statistics or scored by assessors.</summary>
public enum IndicatorKind
{
    /// <summary>A quantitative indicator (定量指标) computed from statistics.</summary>
    Quantitative = 0,

    /// <summary>
    /// A qualitative indicator (定性指标) scored by assessors, for example 科技管理创新; the panel holds
    /// the assessors' score on the indicator's goalposts (0–100 in the Hebei default framework).
    /// </summary>
    Qualitative = 1,
}
