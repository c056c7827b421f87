namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>How an uncertain assumption is sampled.</summary>
public enum AssumptionKind
{
    /// <summary>One of k alternatives, uniformly: alternative min(⌊u·k⌋, k − 1) for a uniform u.</summary>
    Discrete = 0,

    /// <summary>A value (or several) from a range, uniformly.</summary>
    Continuous = 1,
}
