namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>Whether a unit's score depends on its own components only, or on the other units too.</summary>
public enum AggregationScope
{
    /// <summary>Each unit's score depends on its own components only (means).</summary>
    PerUnit = 0,

    /// <summary>Scores come from comparing units with each other (Copeland).</summary>
    AcrossUnits = 1,
}
