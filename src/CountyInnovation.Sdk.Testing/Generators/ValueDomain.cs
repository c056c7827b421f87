namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>Which real numbers an indicator column may hold; a rule declares the domain it accepts.</summary>
public enum ValueDomain
{
    /// <summary>Any finite real number, negative ones included (e.g. growth rates).</summary>
    Real,

    /// <summary>Zero or more (counts, expenditures, shares).</summary>
    NonNegative,

    /// <summary>Strictly positive (what a logarithm or a geometric mean needs).</summary>
    Positive,
}
