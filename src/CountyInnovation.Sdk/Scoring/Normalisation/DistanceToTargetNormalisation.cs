using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Distance to target (目标值法): more-is-better y = (x − min)/(t − min), less-is-better
/// y = (max − x)/(max − t), where t is the indicator's target and min/max are the column's (or the
/// pooled reference statistics'). The worst unit scores 0 and a unit at the target 1; with
/// <see cref="Cap"/> scores above 1 (units beyond the target) are capped at 1.
/// </summary>
public sealed record DistanceToTargetNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "distance-to-target";

    private DistanceToTargetNormalisation(bool cap)
    {
        Cap = cap;
        Traits = NormalisationTraits.Create(0, cap ? 1 : double.PositiveInfinity, OutputSign.MayBeZeroOrNegative, affineInvariant: false,
            requirements: NormalisationRequirements.Target);
    }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; }

    /// <summary>Whether scores beyond the target are capped at 1.</summary>
    public bool Cap { get; }

    /// <summary>Creates the method.</summary>
    /// <param name="cap">Cap scores at 1 (default false, as in COINr).</param>
    public static DistanceToTargetNormalisation Create(bool cap = false) => new(cap);

    /// <summary>Creates the method from the parameter <c>cap</c> (<c>"true"</c>/<c>"false"</c>, default false).</summary>
    /// <param name="parameters">The parameters.</param>
    public static DistanceToTargetNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "cap");
        return Create(CapParameter.Read(MethodName, parameters));
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        if (context.Target is not { } target)
        {
            throw new ArgumentException("distance-to-target needs a target in the context (NormalisationContext.WithTarget).", nameof(context));
        }

        var stats = ColumnKernel.OrientedStatistics(column, context);
        if (stats.Count == 0)
        {
            ColumnKernel.Fill(column, destination, double.NaN);
            return;
        }

        var sign = ColumnKernel.Sign(context);
        var t = sign * target;
        var span = t - stats.Minimum;
        if (!(span > 0))
        {
            throw new NormalisationException(MethodName,
                $"the target must be better than the worst observed value; the worst is {sign * stats.Minimum:R} and the target {target:R}.");
        }

        for (var i = 0; i < column.Length; i++)
        {
            var y = ((sign * column[i]) - stats.Minimum) / span;
            destination[i] = Cap && y > 1 ? 1 : y;
        }
    }

    /// <summary>Formats as <c>distance-to-target (capped)</c>.</summary>
    public override string ToString() => Cap ? $"{MethodName} (capped)" : MethodName;
}
