namespace CountyInnovation.Sdk.Targets;

/// <summary>How a progress assessment was made; reported with every result.</summary>
public enum ProgressMethod
{
    /// <summary>Open SDG / Eurostat: ratio of observed to required compound annual growth, R = d·CAGR_obs/|CAGR_req|.</summary>
    OpenSdgRatio = 0,

    /// <summary>UN Progress Chart: extrapolate the observed growth to the deadline, Q = (v_e − y0)/(yT − y0).</summary>
    ProgressChartExtrapolation = 1,

    /// <summary>A quantity that must rise every year (逐年提高): each year passes when v_t &gt; v_{t−1}; the span is graded by its growth rate.</summary>
    RisesEveryYear = 2,

    /// <summary>A threshold that must hold at all times at each administrative level (for example ≥ 95 %).</summary>
    StandingThreshold = 3,

    /// <summary>A duty to be done every year (for example the annual evaluation): was it done for each elapsed year.</summary>
    RecurringDuty = 4,

    /// <summary>A method supplied by the caller (an <see cref="INumericProgressMethod"/> or <see cref="ITargetRule"/> of their own); its name is in <see cref="ProgressAssessment.MethodName"/>.</summary>
    Custom = 5,
}
