using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A quantity that must rise every year (逐年提高), as measure 22 asks of the fiscal S&amp;T share:
/// year t passes when v_t &gt; v_{t−1}. Years <see cref="FirstYear"/>..<see cref="LastYear"/> are
/// checked (each against the year before). While years remain, the span is graded by its compound
/// annual growth with <see cref="Thresholds"/> (default ≥ 2 %/yr substantial → on track, 0.5–2 %
/// moderate → acceleration needed, below 0.5 % stagnation → limited progress, a decline → moving away).
/// </summary>
public sealed class YearlyRiseRule : ITargetRule, IEquatable<YearlyRiseRule>
{
    private YearlyRiseRule(int firstYear, int lastYear, ProgressThresholds thresholds)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        Thresholds = thresholds;
    }

    /// <summary>The first year that must exceed its previous year.</summary>
    public int FirstYear { get; }

    /// <summary>The last year that must exceed its previous year.</summary>
    public int LastYear { get; }

    /// <summary>The growth bands for the span.</summary>
    public ProgressThresholds Thresholds { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="firstYear">The first year checked.</param>
    /// <param name="lastYear">The last year checked, not before <paramref name="firstYear"/>.</param>
    /// <param name="thresholds">Growth bands; default <see cref="ProgressThresholds.AnnualGrowth"/>.</param>
    public static YearlyRiseRule For(int firstYear, int lastYear, ProgressThresholds? thresholds = null)
    {
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"The last year {lastYear} is before the first year {firstYear}.", nameof(lastYear));
        }

        return new YearlyRiseRule(firstYear, lastYear, thresholds ?? ProgressThresholds.AnnualGrowth);
    }

    /// <inheritdoc />
    public LocalDate? Deadline => new LocalDate(LastYear, 12, 31);

    /// <inheritdoc />
    public LocalDate? NextDue(LocalDate asOf)
    {
        var year = Math.Max(FirstYear, asOf.Year);
        return year <= LastYear ? new LocalDate(year, 12, 31) : null;
    }

    /// <summary>
    /// Assesses every place observed (the province, and each city or county) separately and
    /// combines them: the target holds only if it holds everywhere (measure 22 asks it of every
    /// county). Any place that missed makes it missed; any place without enough data makes it
    /// insufficient data; otherwise the worst projection counts. Two observations of one place
    /// in one year (dated on or before <paramref name="asOf"/>) are ambiguous — which one is
    /// compared with the year before? — so the result is insufficient data naming the place, the
    /// year and both values with their sources, never a guess and never an exception.
    /// </summary>
    /// <param name="observations">This target's observations.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">Not used.</param>
    public ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod)
    {
        var ambiguous = observations
            .Where(o => o.Point.Date <= asOf)
            .GroupBy(o => (o.Level, o.Place, o.Point.Date.Year))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Level)
            .ThenBy(g => g.Key.Place, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Year)
            .Select(g => $"{(g.Key.Place is null ? "province" : $"{g.Key.Level.ToString().ToLowerInvariant()} {g.Key.Place}")} {g.Key.Year}: {string.Join(" and ", g.Order().Select(Describe))}")
            .ToList();
        return ambiguous.Count == 0
            ? ProgressAssessmentCombination.EveryPlace(observations, asOf, series => Assess(series, asOf))
            : TwoValuesInOneYear(asOf, string.Join("; ", ambiguous));

        static string Describe(Observation o) =>
            $"{o.Value.ToString(CultureInfo.InvariantCulture)} ({o.Period}, source: {o.Source ?? "none given"})";
    }

    /// <summary>
    /// The year-by-year checks as of a date: a year whose value and previous value are known passes
    /// or fails; a year that has ended without both is "no data"; a later one "not yet due".
    /// </summary>
    /// <param name="series">Yearly values (one per year; the date's year counts).</param>
    /// <param name="asOf">Only values dated on or before it count.</param>
    /// <exception cref="ArgumentException">Two values in one year.</exception>
    public ImmutableArray<ProgressCheck> Check(IEnumerable<DatedValue> series, LocalDate asOf)
    {
        var byYear = ByYear(series, asOf);
        var checks = ImmutableArray.CreateBuilder<ProgressCheck>(LastYear - FirstYear + 1);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var label = year.ToString(CultureInfo.InvariantCulture);
            double? previous = byYear.TryGetValue(year - 1, out var p) ? p : null;
            double? value = byYear.TryGetValue(year, out var v) ? v : null;
            if (previous is { } before && value is { } now)
            {
                var rose = now > before;
                checks.Add(ProgressCheck.Of(label, year, rose ? CheckOutcome.Passed : CheckOutcome.Failed, before, now, rose ? null : before - now));
            }
            else
            {
                var ended = asOf > new LocalDate(year, 12, 31);
                checks.Add(ProgressCheck.Of(label, year, ended ? CheckOutcome.NoData : CheckOutcome.NotYetDue, previous, value, null));
            }
        }

        return checks.MoveToImmutable();
    }

    /// <summary>
    /// Assesses the whole span as of a date. Two values in one year (dated on or before
    /// <paramref name="asOf"/>) give insufficient data naming the year and both values.
    /// </summary>
    /// <param name="series">Yearly values (one per year).</param>
    /// <param name="asOf">The date of the assessment.</param>
    public ProgressAssessment Assess(IEnumerable<DatedValue> series, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Where(p => p.Date <= asOf).Order().ToImmutableArray();
        var ambiguous = points
            .GroupBy(p => p.Date.Year)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" and ", g.Select(p => $"{p.Value.ToString(CultureInfo.InvariantCulture)} ({p.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})"))}")
            .ToList();
        if (ambiguous.Count > 0)
        {
            return TwoValuesInOneYear(asOf, string.Join("; ", ambiguous));
        }

        var checks = Check(points, asOf);
        var b = new ProgressAssessment.Builder(ProgressMethod.RisesEveryYear, Thresholds.Values, asOf)
        {
            Deadline = new LocalDate(LastYear, 12, 31),
            Checks = checks,
        };
        var failed = checks.Where(c => c.Outcome == CheckOutcome.Failed).ToList();
        var noData = checks.Where(c => c.Outcome == CheckOutcome.NoData).Select(c => c.Subject).ToList();
        if (failed.Count > 0)
        {
            b.Shortfall = failed.Max(c => c.Shortfall!.Value);
            return b.Finish(TargetStatus.Missed, $"Did not rise in {string.Join(", ", failed.Select(c => c.Subject))}.");
        }

        if (checks.All(c => c.Outcome == CheckOutcome.Passed))
        {
            return b.Finish(TargetStatus.Achieved, $"Rose every year {FirstYear}–{LastYear}.");
        }

        if (checks.All(c => c.Outcome == CheckOutcome.NotYetDue))
        {
            return b.Finish(TargetStatus.NotYetDue, $"No year of {FirstYear}–{LastYear} has ended or been reported yet.");
        }

        var missing = noData.Count == 0 ? string.Empty : $" No data for {string.Join(", ", noData)}.";
        var span = points.Where(p => p.Date.Year >= FirstYear - 1 && p.Date.Year <= LastYear).ToList();
        if (asOf > new LocalDate(LastYear, 12, 31) || span.Count < 2 || checks.All(c => c.Outcome != CheckOutcome.Passed))
        {
            return b.Finish(TargetStatus.InsufficientData, "Not every year can be checked." + missing);
        }

        b.Base = span[0];
        b.Latest = span[^1];
        if (span[0].Value < 0 || span[^1].Value < 0)
        {
            return b.Finish(TargetStatus.InsufficientData, "A negative value: compound growth is undefined for it." + missing);
        }

        var growth = CompoundGrowth.Rate(span[^1].Value, span[0].Value, CompoundGrowth.YearsBetween(span[0].Date, span[^1].Date));
        b.IsProjection = true;
        b.ObservedGrowth = growth;
        b.ProgressValue = growth;
        return b.Finish(
            Thresholds.Classify(growth),
            $"Rose every year checked so far; growth {(growth * 100).ToString("0.##", CultureInfo.InvariantCulture)} %/yr against {Thresholds}.{missing}");
    }

    /// <inheritdoc />
    public bool Equals(YearlyRiseRule? other) =>
        other is not null && FirstYear == other.FirstYear && LastYear == other.LastYear && Thresholds.Equals(other.Thresholds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as YearlyRiseRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FirstYear, LastYear, Thresholds);

    /// <summary>Formats as <c>rises every year 2020–2025</c>.</summary>
    public override string ToString() => $"rises every year {FirstYear}–{LastYear}";

    private ProgressAssessment TwoValuesInOneYear(LocalDate asOf, string details) =>
        new ProgressAssessment.Builder(ProgressMethod.RisesEveryYear, Thresholds.Values, asOf) { Deadline = new LocalDate(LastYear, 12, 31) }
            .Finish(TargetStatus.InsufficientData, $"Two values in one year, so the year-on-year rise cannot be checked: {details}. Keep the one to compare (e.g. the year-end figure).");

    private static Dictionary<int, double> ByYear(IEnumerable<DatedValue> series, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(series);
        var byYear = new Dictionary<int, double>();
        foreach (var point in series.Where(p => p.Date <= asOf))
        {
            if (!byYear.TryAdd(point.Date.Year, point.Value))
            {
                throw new ArgumentException($"Two values for the year {point.Date.Year}.", nameof(series));
            }
        }

        return byYear;
    }
}
