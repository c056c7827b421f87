using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// Linear interpolation between years (线性插值): a unit's missing value in year Y becomes
/// a + (b − a)·(Y − y₀)/(y₁ − y₀), where a is its value in the nearest earlier observed year y₀ and b in
/// the nearest later observed year y₁ of the history. Both years are recorded. Without an observation
/// on both sides the unit stays missing (no extrapolation; chain <see cref="CarryForwardImputation"/>
/// for the latest year).
/// </summary>
public sealed record LinearInterpolationImputation : IImputation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "linear";

    private LinearInterpolationImputation()
    {
    }

    /// <summary>The method (it has no parameters).</summary>
    public static LinearInterpolationImputation Instance { get; } = new();

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public ImputationRequirements Requirements => ImputationRequirements.History;

    /// <summary>Creates the method (it accepts no parameters).</summary>
    /// <param name="parameters">Must be empty.</param>
    public static LinearInterpolationImputation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName);
        return Instance;
    }

    /// <inheritdoc />
    public ImputationOutcome Impute(ImputationInput input, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImputationKernel.Check(this, input, destination);
        var history = input.History!;
        var year = input.Year!.Value;
        var years = history.Years;
        input.Column.CopyTo(destination);
        var imputed = new List<ImputedValue>();
        var missing = new List<int>();
        for (var i = 0; i < destination.Length; i++)
        {
            if (!double.IsNaN(destination[i]))
            {
                continue;
            }

            int? before = null, after = null;
            foreach (var y in years)
            {
                if (double.IsNaN(history.ValueAt(i, y)))
                {
                    continue;
                }

                if (y < year)
                {
                    before = y;
                }
                else if (y > year && after is null)
                {
                    after = y;
                }
            }

            if (before is { } y0 && after is { } y1)
            {
                var a = history.ValueAt(i, y0);
                var b = history.ValueAt(i, y1);
                var value = a + ((b - a) * (year - y0) / (y1 - y0));
                destination[i] = value;
                imputed.Add(ImputedValue.Of(i, value, MethodName, y0, y1));
            }
            else
            {
                missing.Add(i);
            }
        }

        return ImputationOutcome.Create(MethodName, imputed, missing);
    }

    /// <summary>The registry name.</summary>
    public override string ToString() => MethodName;
}
