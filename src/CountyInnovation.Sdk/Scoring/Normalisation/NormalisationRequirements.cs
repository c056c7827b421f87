namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>What a normalisation needs in its <see cref="NormalisationContext"/> besides the column.</summary>
[Flags]
public enum NormalisationRequirements
{
    /// <summary>Nothing beyond the column and polarity.</summary>
    None = 0,

    /// <summary>Goalposts L and U (<see cref="NormalisationContext.Goalposts"/>).</summary>
    Goalposts = 1,

    /// <summary>A target value (<see cref="NormalisationContext.Target"/>).</summary>
    Target = 2,

    /// <summary>A reference unit index (<see cref="NormalisationContext.ReferenceUnit"/>).</summary>
    ReferenceUnit = 4,
}
