using System.Globalization;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// Carry forward (沿用上年数据): a unit's missing value in year Y becomes its latest observed value in
/// years Y − 1 … Y − k (at most <see cref="MaxYearsBack"/> years back); the source year is recorded.
/// Older values are not used: the unit stays missing.
/// </summary>
public sealed record CarryForwardImputation : IImputation
{
    /// <summary>The registry name.</summary>
    public const string MethodName = "carry-forward";

    private CarryForwardImputation(int maxYearsBack) => MaxYearsBack = maxYearsBack;

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public ImputationRequirements Requirements => ImputationRequirements.History;

    /// <summary>How many years back a value may come from (k ≥ 1).</summary>
    public int MaxYearsBack { get; }

    /// <summary>Creates the method.</summary>
    /// <param name="maxYearsBack">k ≥ 1.</param>
    public static CarryForwardImputation Create(int maxYearsBack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxYearsBack, 1);
        return new CarryForwardImputation(maxYearsBack);
    }

    /// <summary>Creates the method from the parameter <c>max-years</c> (a whole number ≥ 1, default 1).</summary>
    /// <param name="parameters">The parameters.</param>
    public static CarryForwardImputation FromParameters(MethodParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureOnly(MethodName, "max-years");
        var k = parameters.GetNumber(MethodName, "max-years", 1);
        if (k < 1 || k != Math.Floor(k) || k > 1000)
        {
            throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, MethodName, "'max-years' must be a whole number from 1 to 1000.")]);
        }

        return Create((int)k);
    }

    /// <inheritdoc />
    public ImputationOutcome Impute(ImputationInput input, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImputationKernel.Check(this, input, destination);
        var history = input.History!;
        var year = input.Year!.Value;
        input.Column.CopyTo(destination);
        var imputed = new List<ImputedValue>();
        var missing = new List<int>();
        for (var i = 0; i < destination.Length; i++)
        {
            if (!double.IsNaN(destination[i]))
            {
                continue;
            }

            var found = false;
            for (var back = 1; back <= MaxYearsBack && !found; back++)
            {
                var value = history.ValueAt(i, year - back);
                if (!double.IsNaN(value))
                {
                    destination[i] = value;
                    imputed.Add(ImputedValue.Of(i, value, MethodName, year - back));
                    found = true;
                }
            }

            if (!found)
            {
                missing.Add(i);
            }
        }

        return ImputationOutcome.Create(MethodName, imputed, missing);
    }

    /// <summary>Formats as <c>carry-forward (≤2 years)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MethodName} (≤{MaxYearsBack} years)");
}
