using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Fraction of the best value (比重法/最大值法): more-is-better y = x / max; less-is-better
/// y = min / x (the best value scores 1 either way). Values must be ≥ 0 (&gt; 0 for less-is-better).
/// </summary>
/// <remarks>
/// Deliberate difference: applying direction −1 before x/max would give (−x)/max(−x) = x/min, which
/// grows as the indicator worsens; the SDK uses the standard "fraction of best" form min/x instead.
/// With pooled reference statistics, max (or min) comes from them.
/// </remarks>
public sealed record FractionOfMaxNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "fraction-of-max";

    private FractionOfMaxNormalisation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static FractionOfMaxNormalisation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(0, 1, OutputSign.PositiveForPositiveInput, affineInvariant: false, requiresPositiveInput: true);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static FractionOfMaxNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var stats = context.ReferenceStatistics ?? ColumnStatistics.Of(column);
        if (stats.Count == 0)
        {
            ColumnKernel.Fill(column, destination, double.NaN);
            return;
        }

        var more = context.Polarity == Polarity.MoreIsBetter;
        if (stats.Minimum < 0 || (!more && stats.Minimum <= 0) || (more && stats.Maximum <= 0))
        {
            throw new NormalisationException(MethodName,
                more
                    ? "fraction of max needs values ≥ 0 with a positive maximum; shift the indicator or use min-max."
                    : "fraction of best (min/x) for a less-is-better indicator needs values > 0; use min-max instead.");
        }

        for (var i = 0; i < column.Length; i++)
        {
            destination[i] = more ? column[i] / stats.Maximum : stats.Minimum / column[i];
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}
