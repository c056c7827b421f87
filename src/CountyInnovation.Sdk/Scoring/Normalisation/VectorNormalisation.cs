using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>
/// Vector normalisation (向量归一化, the first step of TOPSIS): y = s·x/√(Σx²) over the observed
/// values, s = −1 for a less-is-better column. Flipping the sign turns TOPSIS's "ideal = min for cost
/// criteria" into "ideal = max" without changing any distance, so
/// <see cref="Aggregation.TopsisAggregation"/> can treat every column alike.
/// </summary>
public sealed record VectorNormalisation : INormalisation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "vector";

    private VectorNormalisation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static VectorNormalisation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public NormalisationTraits Traits { get; } =
        NormalisationTraits.Create(-1, 1, OutputSign.MayBeZeroOrNegative, affineInvariant: false);

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static VectorNormalisation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public void Normalise(ReadOnlySpan<double> column, NormalisationContext context, Span<double> destination)
    {
        ColumnKernel.CheckLengths(column, destination);
        var squares = default(CompensatedSum);
        foreach (var x in column)
        {
            if (!double.IsNaN(x))
            {
                squares.Add(x * x);
            }
        }

        var norm = Math.Sqrt(squares.Value);
        if (!(norm > 0))
        {
            // All observed values are 0 (or none observed): every unit is equally placed.
            ColumnKernel.Fill(column, destination, 0);
            return;
        }

        var factor = ColumnKernel.Sign(context) / norm;
        for (var i = 0; i < column.Length; i++)
        {
            destination[i] = column[i] * factor;
        }
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}
