namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The class (类) a county's evaluation score puts it in: A (A类, the best), B or C.
/// The numeric values order the classes from worst to best, so <c>A &gt; B &gt; C</c> and a class
/// change "up" (升级, for example C→B) is an increase.
/// </summary>
public enum CountyClass
{
    /// <summary>C类: score below the B threshold (60 by default).</summary>
    C = 0,

    /// <summary>B类: score at or above the B threshold and below the A threshold (60 ≤ score &lt; 80 by default).</summary>
    B = 1,

    /// <summary>A类: score at or above the A threshold (≥ 80 by default).</summary>
    A = 2,
}
