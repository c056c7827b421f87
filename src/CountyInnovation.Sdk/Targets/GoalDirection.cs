namespace CountyInnovation.Sdk.Targets;

/// <summary>Which way a quantity must move to reach its target: d = +1 or d = −1 in the formulas.</summary>
public enum GoalDirection
{
    /// <summary>More is better: the target is reached when the value is at or above it (d = +1).</summary>
    Increase = 1,

    /// <summary>Less is better: the target is reached when the value is at or below it (d = −1).</summary>
    Decrease = -1,
}
