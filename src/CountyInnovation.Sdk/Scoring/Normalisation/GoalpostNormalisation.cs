using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Goalposts normalisation (阈值法/标准值法) against the indicator's own goalposts L &lt; U:
/// more-is-better y = (x − L)/(U − L), less-is-better y = (x − U)/(L − U), clamped to [0, 1] and
/// multiplied by the scale. Values beyond a goalpost score 0 or the full scale; the result does not
/// depend on the other units.
/// </summary>
public sealed record GoalpostNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "goalposts";

    private GoalpostNormalisation(double scale)
    {
        Scale = scale;
        Traits = NormalisationTraits.Create(0, scale, OutputSign.MayBeZeroOrNegative, affineInvariant: false, requirements: NormalisationRequirements.Goalposts);
    }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; }

    /// <summary>The score at or beyond the better goalpost.</summary>
    public double Scale { get; }

    /// <summary>Creates goalposts normalisation with a scale.</summary>
    /// <param name="scale">The maximum score, finite and &gt; 0 (for example 1 or 100).</param>
    public static GoalpostNormalisation Create(double scale = 1)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentException("The goalposts scale must be a finite number > 0.", nameof(scale));
        }

        return new GoalpostNormalisation(scale);
    }

    /// <summary>Creates the method from the parameter <c>scale</c> (default 1).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown or invalid parameters.</exception>
    public static GoalpostNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "scale");
        var scale = parameters.GetNumber(MethodName, "scale", 1);
        return scale > 0
            ? Create(scale)
            : throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName, "'scale' must be greater than 0.")]);
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        if (context.Goalposts is not { } g)
        {
            throw new ArgumentException("goalposts normalisation needs goalposts in the context (NormalisationContext.WithGoalposts).", nameof(context));
        }

        var more = context.Polarity == Polarity.MoreIsBetter;
        var width = g.High - g.Low;
        for (var i = 0; i < column.Length; i++)
        {
            var x = column[i];
            if (double.IsNaN(x))
            {
                destination[i] = double.NaN;
                continue;
            }

            var y = more ? (x - g.Low) / width : (x - g.High) / (g.Low - g.High);
            destination[i] = Math.Clamp(y, 0, 1) * Scale;
        }
    }

    /// <summary>Formats as <c>goalposts ×100</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MethodName} ×{Scale}");
}
