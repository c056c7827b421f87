namespace CountyInnovation.Sdk.Evaluation;

/// <summary>Which way a county's class moved between two evaluations.</summary>
public enum ClassChange
{
    /// <summary>Same class in both evaluations.</summary>
    Same = 0,

    /// <summary>A better class (C→B, B→A, C→A): a class leap (跃升).</summary>
    Up = 1,

    /// <summary>A worse class (A→B, B→C, A→C).</summary>
    Down = 2,
}
