namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// Which way an indicator improves (指标方向): a benefit indicator (正向指标) or a cost indicator (逆向指标).
/// </summary>
public enum IndicatorDirection
{
    /// <summary>Higher values are better (正向指标), for example R&amp;D intensity.</summary>
    MoreIsBetter = 1,

    /// <summary>Lower values are better (逆向指标), for example energy use per unit of GDP.</summary>
    LessIsBetter = -1,
}
