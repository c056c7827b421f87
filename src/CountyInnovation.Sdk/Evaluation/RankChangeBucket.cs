namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The buckets in which the bulletin reports rank changes (位次提升): rises of 10 places or more,
/// of 5–9, of 1–4, no change, and declines.
/// </summary>
public enum RankChangeBucket
{
    /// <summary>Rose by 10 places or more (上升10位及以上).</summary>
    RoseTenOrMore = 0,

    /// <summary>Rose by 5 to 9 places.</summary>
    RoseFiveToNine = 1,

    /// <summary>Rose by 1 to 4 places.</summary>
    RoseOneToFour = 2,

    /// <summary>Same rank.</summary>
    Unchanged = 3,

    /// <summary>Fell by at least one place.</summary>
    Declined = 4,
}
