namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>What an imputation needs in its <see cref="ImputationInput"/> besides the column.</summary>
[Flags]
public enum ImputationRequirements
{
    /// <summary>Only the column (column mean, column median).</summary>
    None = 0,

    /// <summary>A group label per unit (group mean/median, for example by prefecture-level city).</summary>
    Groups = 1,

    /// <summary>The indicator's history over years (carry forward, linear interpolation).</summary>
    History = 2,
}
