namespace CountyInnovation.Sdk.Targets;

/// <summary>The shape of a target stated by a measure.</summary>
public enum TargetKind
{
    /// <summary>Reach a quantity by a deadline (measures 19, 24, 27: 25 colleges by 2025, 175 e-certificates by end-2020, …). See <see cref="QuantityTarget"/>.</summary>
    QuantityByDeadline,

    /// <summary>Keep a rate at or above a threshold, with no date (measure 27: online availability ≥ 95 %). See <see cref="ThresholdTarget"/>.</summary>
    StandingThreshold,

    /// <summary>Raise a share every year (measure 22: fiscal S&amp;T spending's share, 逐年提高). See <see cref="RisingShareTarget"/>.</summary>
    RisingShare,

    /// <summary>Double a count against a baseline year (measure 7: high-tech enterprises, 倍增). See <see cref="DoublingTarget"/>.</summary>
    Doubling,

    /// <summary>Perform a duty every year (measure 1: the annual evaluation, published). See <see cref="RecurringDutyTarget"/>.</summary>
    YearlyDuty,

    /// <summary>Carry out supervision on a recurring basis, no number stated (measure 3). See <see cref="RecurringDutyTarget"/>.</summary>
    RecurringSupervision,
}
