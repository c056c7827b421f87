using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Distance to a reference unit (参照单元法): y = 1 − (x_r − x)/(x_r − min), i.e. (x − min)/(x_r − min),
/// on the column oriented so that larger is better (a less-is-better column is multiplied by −1 first).
/// The worst unit scores 0 and the reference unit 1; units better than the reference score above 1
/// unless <see cref="Cap"/> is set.
/// </summary>
public sealed record DistanceToReferenceNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "distance-to-reference";

    private DistanceToReferenceNormalisation(bool cap)
    {
        Cap = cap;
        Traits = NormalisationTraits.Create(0, cap ? 1 : double.PositiveInfinity, OutputSign.MayBeZeroOrNegative, affineInvariant: true,
            requirements: NormalisationRequirements.ReferenceUnit);
    }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; }

    /// <summary>Whether scores above 1 are capped at 1.</summary>
    public bool Cap { get; }

    /// <summary>Creates the method.</summary>
    /// <param name="cap">Cap scores at 1 (default false).</param>
    public static DistanceToReferenceNormalisation Create(bool cap = false) => new(cap);

    /// <summary>Creates the method from the parameter <c>cap</c> (<c>"true"</c>/<c>"false"</c>, default false).</summary>
    /// <param name="parameters">The parameters.</param>
    public static DistanceToReferenceNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "cap");
        return Create(CapParameter.Read(MethodName, parameters));
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        if (context.ReferenceUnit is not { } r)
        {
            throw new ArgumentException("distance-to-reference needs a reference unit in the context (NormalisationContext.WithReferenceUnit).", nameof(context));
        }

        if (r >= column.Length)
        {
            throw new ArgumentException($"The reference unit {r} is outside the column of {column.Length} units.", nameof(context));
        }

        if (double.IsNaN(column[r]))
        {
            throw new NormalisationException(MethodName, $"the reference unit {r} has no value for this indicator; choose another reference or impute it first.");
        }

        var stats = ColumnKernel.OrientedStatistics(column, context);
        var sign = ColumnKernel.Sign(context);
        var reference = sign * column[r];
        var span = reference - stats.Minimum;
        if (!(span > 0))
        {
            throw new NormalisationException(MethodName, $"the reference unit {r} is the worst unit, so every distance is undefined; choose a better reference.");
        }

        for (var i = 0; i < column.Length; i++)
        {
            var y = 1 - ((reference - (sign * column[i])) / span);
            destination[i] = Cap && y > 1 ? 1 : y;
        }
    }

    /// <summary>Formats as <c>distance-to-reference (capped)</c>.</summary>
    public override string ToString() => Cap ? $"{MethodName} (capped)" : MethodName;
}
