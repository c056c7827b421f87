namespace CountyInnovation.Sdk.Analysis;

/// <summary>What a <see cref="CorrelationPair"/> compares.</summary>
public enum CorrelationScope
{
    /// <summary>Two indicators (or two groups) that are components of the same group.</summary>
    WithinGroup = 0,

    /// <summary>An indicator or group with its parent group.</summary>
    WithParent = 1,

    /// <summary>An indicator or group with the index.</summary>
    WithIndex = 2,

    /// <summary>Two groups of the same level under different parents.</summary>
    BetweenGroups = 3,
}
