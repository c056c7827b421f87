namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>How the runs are evaluated.</summary>
public enum UncertaintyEngine
{
    /// <summary>The fast engine when the assumptions allow it (discrete choices and top-level weights), otherwise the general one.</summary>
    Automatic = 0,

    /// <summary>The fast engine: each combination of discrete choices evaluated once, each run a weighted sum of cached first-level columns. An error when the assumptions do not allow it.</summary>
    Fast = 1,

    /// <summary>The general engine: the whole pipeline re-run for every run (slow; the reference the fast engine is checked against).</summary>
    General = 2,
}
