using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A doubling (倍增) against a declared baseline year, by a declared horizon (measure 7: the text
/// gives neither, so both are parameters). The baseline value is declared, or else taken from the
/// province-level observation of the baseline year; without either the status is insufficient data.
/// </summary>
public sealed class DoublingRule : ITargetRule, IEquatable<DoublingRule>
{
    private DoublingRule(int baselineYear, double? baselineValue, LocalDate deadline)
    {
        BaselineYear = baselineYear;
        BaselineValue = baselineValue;
        Deadline = deadline;
    }

    /// <summary>The baseline year; its value is dated 31 December.</summary>
    public int BaselineYear { get; }

    /// <summary>The declared baseline value, if known.</summary>
    public double? BaselineValue { get; }

    /// <summary>The horizon by which the value must have doubled.</summary>
    public LocalDate Deadline { get; }

    LocalDate? ITargetRule.Deadline => Deadline;

    /// <summary>Creates the rule.</summary>
    /// <param name="baselineYear">The baseline year.</param>
    /// <param name="baselineValue">The baseline value, if declared (&gt; 0).</param>
    /// <param name="deadline">The horizon, after the end of the baseline year.</param>
    public static DoublingRule From(int baselineYear, double? baselineValue, LocalDate deadline)
    {
        var baseline = ObservationPeriod.OfYear(baselineYear).EndDate;
        if (deadline <= baseline)
        {
            throw new ArgumentException($"The horizon {deadline:uuuu-MM-dd} must be after the baseline year {baselineYear}.", nameof(deadline));
        }

        if (baselineValue is { } v && (!double.IsFinite(v) || !(v > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineValue), baselineValue, "A baseline value is a finite number > 0 (zero doubled is zero).");
        }

        return new DoublingRule(baselineYear, baselineValue, deadline);
    }

    /// <inheritdoc />
    public LocalDate? NextDue(LocalDate asOf) => asOf <= Deadline ? Deadline : null;

    /// <inheritdoc />
    public ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod)
    {
        ArgumentNullException.ThrowIfNull(numericMethod);
        return ProgressAssessmentCombination.TopLevel(observations, asOf, series => Assess(series.ToList(), asOf, numericMethod));
    }

    private ProgressAssessment Assess(List<DatedValue> series, LocalDate asOf, INumericProgressMethod numericMethod)
    {
        var baselineDate = ObservationPeriod.OfYear(BaselineYear).EndDate;
        double? value = BaselineValue ?? series.Where(p => p.Date == baselineDate).Select(p => (double?)p.Value).FirstOrDefault();
        if (value is not { } y0)
        {
            var b = new ProgressAssessment.Builder(numericMethod.Method, numericMethod.Thresholds.Values, asOf, numericMethod.Name) { Deadline = Deadline };
            return b.Finish(
                asOf < baselineDate ? TargetStatus.NotYetDue : TargetStatus.InsufficientData,
                $"No baseline value for {BaselineYear.ToString(CultureInfo.InvariantCulture)}: declare it or observe it.");
        }

        if (!(y0 > 0))
        {
            var b = new ProgressAssessment.Builder(numericMethod.Method, numericMethod.Thresholds.Values, asOf, numericMethod.Name) { Deadline = Deadline };
            return b.Finish(
                TargetStatus.InsufficientData,
                $"The observed {BaselineYear.ToString(CultureInfo.InvariantCulture)} baseline is {ProgressThresholds.Format(y0)}: only a positive value can double.");
        }

        return numericMethod.Assess(NumericGoal.Doubling(DatedValue.Of(baselineDate, y0), Deadline), series, asOf);
    }

    /// <inheritdoc />
    public bool Equals(DoublingRule? other) =>
        other is not null && BaselineYear == other.BaselineYear && Nullable.Equals(BaselineValue, other.BaselineValue) && Deadline == other.Deadline;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DoublingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaselineYear, BaselineValue, Deadline);

    /// <summary>Formats as <c>double the 2017 value by 2025-12-31</c>.</summary>
    public override string ToString() => $"double the {BaselineYear} value by {Deadline:uuuu-MM-dd}";
}
