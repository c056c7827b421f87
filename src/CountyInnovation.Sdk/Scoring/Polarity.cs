namespace CountyInnovation.Sdk.Scoring;

/// <summary>
/// Which way an indicator points (指标方向): whether a larger raw value is better (正向指标) or worse
/// (逆向指标). A scoring method receives the polarity with each column and applies it before
/// normalising, as <c>docs/methodology.md</c> describes.
/// </summary>
public enum Polarity
{
    /// <summary>More is better (正向指标, a "benefit" indicator, direction +1).</summary>
    MoreIsBetter = 1,

    /// <summary>Less is better (逆向指标, a "cost" indicator, direction −1).</summary>
    LessIsBetter = -1,
}
