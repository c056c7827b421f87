using System.Buffers;
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

        // One pooled buffer for the observed values of every group, instead of a growing list per group.
        double[]? observed = null;
        try
        {
            Fill(input, destination, column, groups, cache, imputed, missing, ref observed);
        }
        finally
        {
            if (observed is not null)
            {
                ArrayPool<double>.Shared.Return(observed);
            }
        }

        return ImputationOutcome.Create(Name, imputed, missing);
    }

    /// <summary>The method's name.</summary>
    public override string ToString() => Name;

    private void Fill(ImputationInput input, Span<double> destination, ReadOnlySpan<double> column, ReadOnlySpan<int> groups, Dictionary<int, double> cache, List<ImputedValue> imputed, List<int> missing, ref double[]? observed)
    {
        for (var i = 0; i < column.Length; i++)
        {
            if (!double.IsNaN(column[i]))
            {
                continue;
            }

            var group = ByGroup ? groups[i] : 0;
            if (!cache.TryGetValue(group, out var value))
            {
                observed ??= ArrayPool<double>.Shared.Rent(column.Length);
                value = Compute(column, groups, ByGroup ? group : -1, observed);
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
    }

    private double Compute(ReadOnlySpan<double> column, ReadOnlySpan<int> groups, int group, Span<double> buffer)
    {
        var count = 0;
        for (var i = 0; i < column.Length; i++)
        {
            if (!double.IsNaN(column[i]) && (group < 0 || groups[i] == group))
            {
                buffer[count++] = column[i];
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        var values = buffer[..count];
        if (Statistic == ImputationStatistic.Mean)
        {
            var sum = default(CompensatedSum);
            foreach (var v in values)
            {
                sum.Add(v);
            }

            return sum.Value / count;
        }

        values.Sort();
        var mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
