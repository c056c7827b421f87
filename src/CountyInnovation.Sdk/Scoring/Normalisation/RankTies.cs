namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>How rank and percentile-rank normalisation rank tied values (R's and COINr's <c>ties.method</c>).</summary>
public enum RankTies
{
    /// <summary>Tied values share the lowest rank of their run (1, 2, 2, 4).</summary>
    Min = 0,

    /// <summary>Tied values share the mean rank of their run (1, 2.5, 2.5, 4).</summary>
    Average = 1,

    /// <summary>Tied values share the highest rank of their run (1, 3, 3, 4).</summary>
    Max = 2,

    /// <summary>Ties are broken by input order, earlier units ranked lower (1, 2, 3, 4).</summary>
    First = 3,
}
