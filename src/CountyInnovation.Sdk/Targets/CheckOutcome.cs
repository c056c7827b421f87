namespace CountyInnovation.Sdk.Targets;

/// <summary>The outcome of one check inside an assessment (one year, or one level and place).</summary>
public enum CheckOutcome
{
    /// <summary>The check is not due yet as of the date, and there is no evidence yet.</summary>
    NotYetDue = 0,

    /// <summary>The check is due but there is no observation to decide it: reported, never guessed.</summary>
    NoData = 1,

    /// <summary>The condition failed (the value did not rise, the threshold was not met, the duty was not done).</summary>
    Failed = 2,

    /// <summary>The condition held.</summary>
    Passed = 3,
}
