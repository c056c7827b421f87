using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>
/// Cross-section imputation within one year: a missing value becomes the mean or median of the
/// observed values of the whole column (<c>mean</c>, <c>median</c>) or of the unit's group, for
/// example its prefecture-level city (<c>group-mean</c>, <c>group-median</c>). A group with no observed
/// value leaves its missing units missing (chain a column-wide method after it with
/// <see cref="ImputationChain"/> if that is wanted).
/// </summary>
public sealed record StatisticImputation : IImputation
{
    private StatisticImputation(ImputationStatistic statistic, bool byGroup)
    {
        Statistic = statistic;
        ByGroup = byGroup;
    }

    /// <summary>The statistic filled in.</summary>
    public ImputationStatistic Statistic { get; }

    /// <summary>Whether the statistic is taken within the unit's group.</summary>
    public bool ByGroup { get; }

    /// <inheritdoc />
    public string Name => (ByGroup ? "group-" : string.Empty) + (Statistic == ImputationStatistic.Mean ? "mean" : "median");

    /// <inheritdoc />
    public ImputationRequirements Requirements => ByGroup ? ImputationRequirements.Groups : ImputationRequirements.None;

    /// <summary>Creates the method.</summary>
    /// <param name="statistic">Mean or median.</param>
    /// <param name="byGroup">Whether within groups.</param>
    public static StatisticImputation Create(ImputationStatistic statistic, bool byGroup = false)
    {
        if (!Enum.IsDefined(statistic))
        {
            throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "Unknown statistic.");
        }

        return new StatisticImputation(statistic, byGroup);
    }

    /// <summary>A registry factory for one variant (no parameters).</summary>
    /// <param name="statistic">Mean or median.</param>
    /// <param name="byGroup">Whether within groups.</param>
    internal static Func<MethodParameters, IImputation> Factory(ImputationStatistic statistic, bool byGroup) => parameters =>
    {
        var method = Create(statistic, byGroup);
        parameters.EnsureOnly(method.Name);
        return method;
    };

    /// <inheritdoc />
    public ImputationOutcome Impute(ImputationInput input, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(input);
        ImputationKernel.Check(this, input, destination);
        var column = input.Column;
        column.CopyTo(destination);
        var groups = ByGroup ? input.Groups : default;
        var cache = new Dictionary<int, double>();
        var imputed = new List<ImputedValue>();
        var missing = new List<int>();
        for (var i = 0; i < column.Length; i++)
        {
            if (!double.IsNaN(column[i]))
            {
                continue;
            }

            var group = ByGroup ? groups[i] : 0;
            if (!cache.TryGetValue(group, out var value))
            {
                value = Compute(column, groups, ByGroup ? group : -1);
                cache[group] = value;
            }

            if (double.IsNaN(value))
            {
                missing.Add(i);
            }
            else
            {
                destination[i] = value;
                imputed.Add(ImputedValue.Of(i, value, Name, input.Year));
            }
        }

        return ImputationOutcome.Create(Name, imputed, missing);
    }

    /// <summary>The method's name.</summary>
    public override string ToString() => Name;

    private double Compute(ReadOnlySpan<double> column, ReadOnlySpan<int> groups, int group)
    {
        var values = new List<double>();
        for (var i = 0; i < column.Length; i++)
        {
            if (!double.IsNaN(column[i]) && (group < 0 || groups[i] == group))
            {
                values.Add(column[i]);
            }
        }

        if (values.Count == 0)
        {
            return double.NaN;
        }

        if (Statistic == ImputationStatistic.Mean)
        {
            var sum = default(CompensatedSum);
            foreach (var v in values)
            {
                sum.Add(v);
            }

            return sum.Value / values.Count;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
