using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A threshold that must hold at all times at each of several levels of government, as measure 27
/// asks of the online availability rate (网上可办率 ≥ 95 % at province, city and county level). As
/// of a date, the latest observation of every place at every required level must reach the
/// threshold: any place below it makes the target "missed" (it is an obligation already in force),
/// a level without any observation makes it "insufficient data".
/// </summary>
public sealed class StandingThresholdRule : ITargetRule, IEquatable<StandingThresholdRule>
{
    private StandingThresholdRule(double minimum, ImmutableArray<GovernmentLevel> levels, LocalDate? start)
    {
        Minimum = minimum;
        Levels = levels;
        Start = start;
    }

    /// <summary>The lowest acceptable value, in the observations' unit (95 for 95 %).</summary>
    public double Minimum { get; }

    /// <summary>The levels at which the threshold must hold.</summary>
    public ImmutableArray<GovernmentLevel> Levels { get; }

    /// <summary>The day the threshold comes into force, if any; before it the status is "not yet due".</summary>
    public LocalDate? Start { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">The lowest acceptable value; finite.</param>
    /// <param name="levels">At least one level.</param>
    /// <param name="start">When it comes into force, if known.</param>
    public static StandingThresholdRule AtLeast(double minimum, IEnumerable<GovernmentLevel> levels, LocalDate? start = null)
    {
        if (!double.IsFinite(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "A threshold must be finite.");
        }

        ArgumentNullException.ThrowIfNull(levels);
        var distinct = levels.Distinct().Order().ToImmutableArray();
        if (distinct.IsEmpty)
        {
            throw new ArgumentException("A standing threshold needs at least one level.", nameof(levels));
        }

        return new StandingThresholdRule(minimum, distinct, start);
    }

    /// <summary>None: a standing threshold holds at all times.</summary>
    public LocalDate? Deadline => null;

    /// <summary>The start date while it lies ahead; afterwards none (the threshold is always due).</summary>
    /// <param name="asOf">The date.</param>
    public LocalDate? NextDue(LocalDate asOf) => Start is { } s && s >= asOf ? s : null;

    /// <inheritdoc />
    public ProgressAssessment Assess(ImmutableArray<Observation> observations, LocalDate asOf, INumericProgressMethod numericMethod) =>
        Assess((IEnumerable<Observation>)observations, asOf);

    /// <summary>Assesses the latest observation of every place at every required level as of a date.</summary>
    /// <param name="observations">The observations of this target (other targets' are not filtered out: pass only this target's).</param>
    /// <param name="asOf">The date of the assessment.</param>
    public ProgressAssessment Assess(IEnumerable<Observation> observations, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var b = new ProgressAssessment.Builder(ProgressMethod.StandingThreshold, [Threshold.Of("minimum", Minimum)], asOf)
        {
            TargetValue = Minimum,
        };
        if (Start is { } start && asOf < start)
        {
            return b.Finish(TargetStatus.NotYetDue, $"The threshold applies from {start:uuuu-MM-dd}.");
        }

        var current = observations.Where(o => o.Period.EndDate <= asOf).ToList();
        var checks = ImmutableArray.CreateBuilder<ProgressCheck>();
        foreach (var level in Levels)
        {
            var latestPerPlace = current
                .Where(o => o.Level == level)
                .GroupBy(o => o.Place ?? string.Empty, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.MaxBy(o => o.Period)!)
                .ToList();
            var levelName = level.ToString().ToLowerInvariant();
            if (latestPerPlace.Count == 0)
            {
                checks.Add(ProgressCheck.Of($"{levelName} level", null, CheckOutcome.NoData, Minimum, null, null));
                continue;
            }

            foreach (var o in latestPerPlace)
            {
                var met = o.Value >= Minimum;
                var subject = o.Place is null ? levelName : $"{levelName} {o.Place}";
                checks.Add(ProgressCheck.Of(subject, o.Period.Year, met ? CheckOutcome.Passed : CheckOutcome.Failed, Minimum, o.Value, met ? null : Minimum - o.Value));
            }
        }

        b.Checks = checks.ToImmutable();
        if (current.Count > 0)
        {
            b.Latest = current.MaxBy(o => o.Period)!.Point;
        }

        var failed = b.Checks.Where(c => c.Outcome == CheckOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            b.Shortfall = failed.Max(c => c.Shortfall!.Value);
            return b.Finish(TargetStatus.Missed, $"Below {Format(Minimum)}: {string.Join(", ", failed.Select(c => $"{c.Subject} ({Format(c.Value!.Value)})"))}.");
        }

        var noData = b.Checks.Where(c => c.Outcome == CheckOutcome.NoData).Select(c => c.Subject).ToList();
        if (noData.Count > 0)
        {
            return b.Finish(TargetStatus.InsufficientData, $"No observation at {string.Join(", ", noData)}.");
        }

        return b.Finish(TargetStatus.Achieved, $"Every place observed at {string.Join(", ", Levels.Select(l => l.ToString().ToLowerInvariant()))} level is at or above {Format(Minimum)}.");
    }

    /// <inheritdoc />
    public bool Equals(StandingThresholdRule? other) =>
        other is not null && Minimum.Equals(other.Minimum) && Levels.SequenceEqual(other.Levels) && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StandingThresholdRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, Levels.Length, Start);

    /// <summary>Formats as <c>≥ 95 at province, city, county level</c>.</summary>
    public override string ToString() => $"≥ {Format(Minimum)} at {string.Join(", ", Levels.Select(l => l.ToString().ToLowerInvariant()))} level";

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
