namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Declared properties of a normalisation: its output range, sign guarantee, invariances and
/// requirements. The compatibility check reads them before any work starts; the testing kit turns
/// them into laws (an output within the declared range, invariance where declared).
/// </summary>
public sealed record NormalisationTraits
{
    private NormalisationTraits(
        double lowerBound,
        double upperBound,
        OutputSign sign,
        bool affineInvariant,
        bool requiresPositiveInput,
        NormalisationRequirements requirements)
    {
        LowerBound = lowerBound;
        UpperBound = upperBound;
        Sign = sign;
        IsAffineInvariant = affineInvariant;
        RequiresPositiveInput = requiresPositiveInput;
        Requirements = requirements;
    }

    /// <summary>The smallest possible output, or <see cref="double.NegativeInfinity"/> when unbounded below.</summary>
    public double LowerBound { get; }

    /// <summary>The largest possible output, or <see cref="double.PositiveInfinity"/> when unbounded above.</summary>
    public double UpperBound { get; }

    /// <summary>Whether the output range is bounded on both sides.</summary>
    public bool IsBounded => double.IsFinite(LowerBound) && double.IsFinite(UpperBound);

    /// <summary>What the method guarantees about the sign of its outputs.</summary>
    public OutputSign Sign { get; }

    /// <summary>
    /// Whether the outputs are unchanged when the column is transformed by x → a·x + b with a &gt; 0
    /// (true for min-max, z-score, rank, percentile rank).
    /// </summary>
    public bool IsAffineInvariant { get; }

    /// <summary>Whether observed values must be strictly positive (a log-based method, for example).</summary>
    public bool RequiresPositiveInput { get; }

    /// <summary>What the method needs in its context.</summary>
    public NormalisationRequirements Requirements { get; }

    /// <summary>Creates a trait declaration.</summary>
    /// <param name="lowerBound">Smallest possible output (−∞ if unbounded).</param>
    /// <param name="upperBound">Largest possible output (+∞ if unbounded); at least <paramref name="lowerBound"/>.</param>
    /// <param name="sign">Sign guarantee.</param>
    /// <param name="affineInvariant">Invariance under positive affine transforms of the column.</param>
    /// <param name="requiresPositiveInput">Whether observed values must be strictly positive.</param>
    /// <param name="requirements">What the context must provide.</param>
    /// <exception cref="ArgumentException">The bounds are NaN or reversed, or the sign contradicts the bounds.</exception>
    public static NormalisationTraits Create(
        double lowerBound,
        double upperBound,
        OutputSign sign,
        bool affineInvariant,
        bool requiresPositiveInput = false,
        NormalisationRequirements requirements = NormalisationRequirements.None)
    {
        if (double.IsNaN(lowerBound) || double.IsNaN(upperBound) || lowerBound > upperBound)
        {
            throw new ArgumentException($"The output range [{lowerBound}, {upperBound}] is not a valid interval.", nameof(upperBound));
        }

        if (sign == OutputSign.AlwaysPositive && lowerBound <= 0)
        {
            throw new ArgumentException($"Outputs cannot be always positive when the lower bound is {lowerBound}.", nameof(sign));
        }

        if (!Enum.IsDefined(sign))
        {
            throw new ArgumentOutOfRangeException(nameof(sign), sign, "Unknown output sign.");
        }

        return new NormalisationTraits(lowerBound, upperBound, sign, affineInvariant, requiresPositiveInput, requirements);
    }
}
