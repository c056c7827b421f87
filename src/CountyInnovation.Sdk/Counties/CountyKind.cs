namespace CountyInnovation.Sdk.Counties;

/// <summary>The kind of a county-level division, read from its name's suffix.</summary>
public enum CountyKind
{
    /// <summary>A county (县).</summary>
    County = 0,

    /// <summary>A district of a city (市辖区, name ending 区).</summary>
    District = 1,

    /// <summary>A county-level city (县级市, name ending 市).</summary>
    CountyLevelCity = 2,

    /// <summary>An autonomous county (自治县).</summary>
    AutonomousCounty = 3,

    /// <summary>Anything else (for example a synthetic unit).</summary>
    Other = 4,
}
