namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// Whether a county is in both evaluations compared, or in one only (administrative divisions
/// change: 168 counties in 2019 and 2020, 167 from 2021). Counties in one evaluation only are
/// reported, never dropped.
/// </summary>
public enum LeapPresence
{
    /// <summary>In both the earlier and the later evaluation.</summary>
    Both = 0,

    /// <summary>Only in the later evaluation (a new or re-coded division, or newly scored).</summary>
    Entered = 1,

    /// <summary>Only in the earlier evaluation (merged, abolished or re-coded, or not scored now).</summary>
    Left = 2,
}
