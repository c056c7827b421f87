using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The rules every numeric method shares (as-of filtering, not yet due, achieved, missed,
/// insufficient data); the method supplies only its projection formula.
/// </summary>
internal static class NumericAssessment
{
    /// <summary>The numbers a projection formula works with.</summary>
    internal readonly record struct Trend(double Base, double Latest, double Target, double ObservedGrowth, double RequiredGrowth, double YearsToDeadline, int Direction);

    public static ProgressAssessment Assess(
        INumericProgressMethod method,
        ProgressThresholds thresholds,
        NumericGoal goal,
        IEnumerable<DatedValue> series,
        LocalDate asOf,
        Func<Trend, double> project)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(series);
        var b = new ProgressAssessment.Builder(method.Method, thresholds.Values, asOf, method.Name)
        {
            Deadline = goal.Deadline,
            TargetValue = goal.TargetValue,
        };

        if (goal.Start is { } start && asOf < start)
        {
            return b.Finish(TargetStatus.NotYetDue, $"The target applies from {start:uuuu-MM-dd}.");
        }

        var deadlinePassed = asOf > goal.Deadline;
        var cutoff = deadlinePassed ? goal.Deadline : asOf;
        var points = Points(series, goal.DeclaredBase, cutoff);
        if (points.IsEmpty)
        {
            return b.Finish(TargetStatus.InsufficientData, $"No observation dated on or before {cutoff:uuuu-MM-dd}.");
        }

        var latest = points[^1];
        b.Latest = latest;
        b.Base = goal.DeclaredBase is { } declared && declared.Date <= cutoff ? declared : points[0];
        if (goal.IsReachedBy(latest.Value))
        {
            b.Shortfall = 0;
            return b.Finish(TargetStatus.Achieved, $"The latest value {ProgressThresholds.Format(latest.Value)} ({latest.Date:uuuu-MM-dd}) has reached the target {goal}.");
        }

        if (deadlinePassed)
        {
            b.Shortfall = goal.ShortfallOf(latest.Value);
            return b.Finish(
                TargetStatus.Missed,
                $"The deadline {goal.Deadline:uuuu-MM-dd} has passed; the last value by then, {ProgressThresholds.Format(latest.Value)}, falls short of {ProgressThresholds.Format(goal.TargetValue)} by {ProgressThresholds.Format(b.Shortfall.Value)}.");
        }

        var y0 = b.Base.Value;
        var span = CompoundGrowth.YearsBetween(y0.Date, latest.Date);
        if (!(span > 0))
        {
            return b.Finish(TargetStatus.InsufficientData, "Fewer than two observations on different dates: no trend can be measured.");
        }

        if (y0.Value < 0 || latest.Value < 0)
        {
            return b.Finish(TargetStatus.InsufficientData, "A negative value: compound growth is undefined for it.");
        }

        var observed = CompoundGrowth.Rate(latest.Value, y0.Value, span);
        var required = CompoundGrowth.Rate(goal.TargetValue, y0.Value, CompoundGrowth.YearsBetween(y0.Date, goal.Deadline));
        b.ObservedGrowth = observed;
        b.RequiredGrowth = required;
        var d = (int)goal.Direction;
        if (goal.IsReachedBy(y0.Value))
        {
            b.IsProjection = true;
            // The base had reached the target and the latest value has fallen back past it.
            return b.Finish(TargetStatus.MovingAway, $"The base {ProgressThresholds.Format(y0.Value)} had reached the target but the latest value {ProgressThresholds.Format(latest.Value)} has fallen back.");
        }

        if (required == 0)
        {
            return b.Finish(TargetStatus.InsufficientData, $"The target equals the zero-base substitute {CompoundGrowth.ZeroBaseSubstitute}: no growth is required and no ratio can be formed.");
        }

        var trend = new Trend(y0.Value, latest.Value, goal.TargetValue, observed, required, CompoundGrowth.YearsBetween(latest.Date, goal.Deadline), d);
        b.IsProjection = true;
        var value = project(trend);
        b.ProgressValue = value;
        var status = thresholds.Classify(value);
        return b.Finish(status, $"Projection to {goal.Deadline:uuuu-MM-dd}: {ProgressThresholds.Format(value)} against {thresholds}.");
    }

    /// <summary>The points dated on or before the cutoff, sorted; the declared base joins them if no observation shares its date.</summary>
    private static ImmutableArray<DatedValue> Points(IEnumerable<DatedValue> series, DatedValue? declaredBase, LocalDate cutoff)
    {
        var kept = series.Where(p => p.Date <= cutoff).ToList();
        if (declaredBase is { } declared && declared.Date <= cutoff && kept.TrueForAll(p => p.Date != declared.Date))
        {
            kept.Add(declared);
        }

        if (declaredBase is { } first)
        {
            kept.RemoveAll(p => p.Date < first.Date);
        }

        kept.Sort();
        for (var i = 1; i < kept.Count; i++)
        {
            if (kept[i].Date == kept[i - 1].Date)
            {
                throw new ArgumentException($"Two observations share the date {kept[i].Date:uuuu-MM-dd}: {kept[i - 1]} and {kept[i]}.", nameof(series));
            }
        }

        return [.. kept];
    }
}
