namespace CountyInnovation.Sdk.Reports.Details;

/// <summary>The tidy tables of an evaluation's detail (docs/formats/evaluation-detail.md).</summary>
public enum DetailTable
{
    /// <summary>One row per unit and indicator: raw, imputed, treated and normalised value.</summary>
    Indicators = 0,

    /// <summary>One row per unit and group (every level, the index included): score and rank.</summary>
    Groups = 1,

    /// <summary>One row per group and component: the weight applied and where it came from.</summary>
    Weights = 2,
}
