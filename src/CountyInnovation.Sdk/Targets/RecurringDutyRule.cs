using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A duty to be done every year (measure 1: the annual evaluation published; measure 3: the
/// supervision of county governments). Evidence is one value per year: non-zero = done, 0 = not
/// done. Year y's duty is due on <see cref="Due"/> of year y; a year past its due date without
/// evidence is "no data" (reported, never assumed done).
/// </summary>
public sealed class RecurringDutyRule : ITargetRule, IEquatable<RecurringDutyRule>
{
    private RecurringDutyRule(int firstYear, int lastYear, AnnualDate due)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        Due = due;
    }

    /// <summary>The first year the duty applies.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the duty applies.</summary>
    public int LastYear { get; }

    /// <summary>The day of each year by which the duty is due (inclusive; default 31 December).</summary>
    public AnnualDate Due { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year, not before <paramref name="firstYear"/>.</param>
    /// <param name="due">The due day of each year; default 31 December.</param>
    public static RecurringDutyRule Yearly(int firstYear, int lastYear, AnnualDate? due = null)
    {
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"The last year {lastYear} is before the first year {firstYear}.", nameof(lastYear));
        }

        return new RecurringDutyRule(firstYear, lastYear, due ?? new AnnualDate(12, 31));
    }

    /// <inheritdoc />
    public LocalDate? Deadline => DueDate(LastYear);

    /// <inheritdoc />
    public LocalDate? NextDue(LocalDate asOf)
    {
        // Year y's due date lies in year y: this year's, if not yet past, else next year's.
        for (var year = Math.Max(FirstYear, asOf.Year); year <= LastYear; year++)
        {
            if (DueDate(year) >= asOf)
            {
                return DueDate(year);
            }
        }

        return null;
    }

    /// <summary>Assesses the province-level evidence (1 done, 0 not done), or without it every place at the highest level observed.</summary>
    /// <param name="observations">This target's observations.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="numericMethod">Not used.</param>
    public ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod) =>
        ProgressAssessmentCombination.TopLevel(observations, asOf, series => Assess(series, asOf));

    /// <summary>The due date of the duty for <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    public LocalDate DueDate(int year) => Due.InYear(year);

    /// <summary>Assesses the duty for every year as of a date.</summary>
    /// <param name="evidence">Yearly evidence: non-zero done, 0 not done; dated within its year.</param>
    /// <param name="asOf">The date of the assessment.</param>
    public ProgressAssessment Assess(IEnumerable<DatedValue> evidence, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var known = evidence.Where(e => e.Date <= asOf).GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.Any(e => e.Value != 0));
        var checks = ImmutableArray.CreateBuilder<ProgressCheck>(LastYear - FirstYear + 1);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var label = year.ToString(CultureInfo.InvariantCulture);
            var due = asOf > DueDate(year);
            var outcome = known.TryGetValue(year, out var done)
                ? done ? CheckOutcome.Passed : due ? CheckOutcome.Failed : CheckOutcome.NotYetDue
                : due ? CheckOutcome.NoData : CheckOutcome.NotYetDue;
            double? value = known.ContainsKey(year) ? (done ? 1 : 0) : null;
            checks.Add(ProgressCheck.Of(label, year, outcome, null, value, outcome == CheckOutcome.Failed ? 1 : null));
        }

        var b = new ProgressAssessment.Builder(ProgressMethod.RecurringDuty, [], asOf)
        {
            Deadline = DueDate(LastYear),
            Checks = checks.MoveToImmutable(),
        };
        var failed = b.Checks.Where(c => c.Outcome == CheckOutcome.Failed).Select(c => c.Subject).ToList();
        var noData = b.Checks.Where(c => c.Outcome == CheckOutcome.NoData).Select(c => c.Subject).ToList();
        if (failed.Count > 0)
        {
            b.Shortfall = failed.Count;
            return b.Finish(TargetStatus.Missed, $"Not done in {string.Join(", ", failed)}.");
        }

        if (noData.Count > 0)
        {
            return b.Finish(TargetStatus.InsufficientData, $"No evidence for {string.Join(", ", noData)}.");
        }

        if (b.Checks.All(c => c.Outcome == CheckOutcome.Passed))
        {
            return b.Finish(TargetStatus.Achieved, $"Done every year {FirstYear}–{LastYear}.");
        }

        if (b.Checks.All(c => c.Outcome == CheckOutcome.NotYetDue))
        {
            return b.Finish(TargetStatus.NotYetDue, $"The first duty ({FirstYear}) is due {DueDate(FirstYear):uuuu-MM-dd}.");
        }

        b.IsProjection = true;
        return b.Finish(TargetStatus.OnTrack, "Done every year that has fallen due so far.");
    }

    /// <inheritdoc />
    public bool Equals(RecurringDutyRule? other) =>
        other is not null && FirstYear == other.FirstYear && LastYear == other.LastYear && Due == other.Due;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurringDutyRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FirstYear, LastYear, Due);

    /// <summary>Formats as <c>every year 2020–2025, due 12-31</c>.</summary>
    public override string ToString() => $"every year {FirstYear}–{LastYear}, due {Due}";
}
