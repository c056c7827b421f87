namespace CountyInnovation.Sdk.Targets;

/// <summary>Which way a target's measured value must go for the target to be met.</summary>
public enum TargetDirection
{
    /// <summary>At least the target value (a count reached, a rate at or above a threshold).</summary>
    AtLeast,

    /// <summary>Higher each year than the year before (逐年提高).</summary>
    RisingEachYear,

    /// <summary>No quantity: the duty is met when it is performed (each year, or on a recurring basis).</summary>
    Performed,
}
