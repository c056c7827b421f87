namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// Where a piece of an indicator framework comes from: a published official source, a national
/// standard definition, or the SDK's own documented assumption (replaceable by the user).
/// </summary>
public enum IndicatorProvenance
{
    /// <summary>
    /// Named in Hebei's published county S&amp;T innovation evaluation (for example 地方财政科技支出).
    /// </summary>
    Official = 0,

    /// <summary>
    /// A national statistical standard definition or standard value (for example R&amp;D intensity
    /// with the national monitoring standard value 2.5 %); Hebei's own use of it is not published.
    /// </summary>
    NationalStandard = 1,

    /// <summary>
    /// The SDK's documented assumption where the official value is not public: replace it with a
    /// framework file when the real one is known.
    /// </summary>
    SdkAssumption = 2,
}
