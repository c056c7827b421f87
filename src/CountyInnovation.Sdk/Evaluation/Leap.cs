using System.Collections.Immutable;
using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The year-over-year "leap" (跃升) between two evaluations, reported the three ways the province
/// publishes it: class changes (C→B, B→A, C→A and the downgrades), score changes, and rank changes
/// bucketed as ≥ 10 places, 5–9 and 1–4 — plus the counties that rose above their best rank ever,
/// which needs the history of earlier evaluations. Counties present in one evaluation only are
/// listed as entered or left, never dropped.
/// </summary>
public sealed class Leap : IEquatable<Leap>
{
    private static readonly (CountyClass From, CountyClass To)[] TransitionOrder =
    [
        (CountyClass.C, CountyClass.B), (CountyClass.B, CountyClass.A), (CountyClass.C, CountyClass.A),
        (CountyClass.A, CountyClass.B), (CountyClass.B, CountyClass.C), (CountyClass.A, CountyClass.C),
    ];

    private Leap(EvaluationYear earlierYear, EvaluationYear laterYear, ImmutableArray<CountyLeap> counties)
    {
        EarlierYear = earlierYear;
        LaterYear = laterYear;
        Counties = counties;

        var buckets = new int[5];
        var transitions = new int[3, 3];
        var entered = ImmutableArray.CreateBuilder<CountyLeap>();
        var left = ImmutableArray.CreateBuilder<CountyLeap>();
        var ups = ImmutableArray.CreateBuilder<CountyLeap>();
        var downs = ImmutableArray.CreateBuilder<CountyLeap>();
        var best = ImmutableArray.CreateBuilder<CountyLeap>();
        foreach (var county in counties)
        {
            switch (county.Presence)
            {
                case LeapPresence.Entered: entered.Add(county); continue;
                case LeapPresence.Left: left.Add(county); continue;
            }

            if (county.RankBucket is { } bucket)
            {
                buckets[(int)bucket]++;
            }

            if (county.Earlier!.Class is { } from && county.Later!.Class is { } to)
            {
                transitions[(int)from, (int)to]++;
            }

            if (county.ClassChange == ClassChange.Up)
            {
                ups.Add(county);
            }
            else if (county.ClassChange == ClassChange.Down)
            {
                downs.Add(county);
            }

            if (county.RoseAboveBestEver)
            {
                best.Add(county);
            }
        }

        RankBuckets = [.. buckets];
        ClassTransitions = [.. TransitionOrder.Select(t => ClassTransition.Of(t.From, t.To, transitions[(int)t.From, (int)t.To]))];
        Entered = entered.ToImmutable();
        Left = left.ToImmutable();
        ClassUps = ups.ToImmutable();
        ClassDowns = downs.ToImmutable();
        RoseAboveBestEver = best.ToImmutable();
    }

    /// <summary>The earlier evaluation year.</summary>
    public EvaluationYear EarlierYear { get; }

    /// <summary>The later evaluation year.</summary>
    public EvaluationYear LaterYear { get; }

    /// <summary>
    /// Every county of either evaluation: those in both by later rank (unranked last, ties by code),
    /// then those that entered, then those that left (each by code).
    /// </summary>
    public ImmutableArray<CountyLeap> Counties { get; }

    /// <summary>The counts of the six class changes, in the order C→B, B→A, C→A, A→B, B→C, A→C (zero counts included).</summary>
    public ImmutableArray<ClassTransition> ClassTransitions { get; }

    /// <summary>The counties that moved up a class (class leaps), by later rank.</summary>
    public ImmutableArray<CountyLeap> ClassUps { get; }

    /// <summary>The counties that moved down a class, by later rank.</summary>
    public ImmutableArray<CountyLeap> ClassDowns { get; }

    /// <summary>Counties per rank-change bucket, indexed by <see cref="RankChangeBucket"/> (only counties ranked in both).</summary>
    public ImmutableArray<int> RankBuckets { get; }

    /// <summary>The counties whose later rank beats every earlier rank they held, by later rank.</summary>
    public ImmutableArray<CountyLeap> RoseAboveBestEver { get; }

    /// <summary>The counties only in the later evaluation.</summary>
    public ImmutableArray<CountyLeap> Entered { get; }

    /// <summary>The counties only in the earlier evaluation.</summary>
    public ImmutableArray<CountyLeap> Left { get; }

    /// <summary>The number of counties that rose in rank (any bucket of 1 place or more).</summary>
    public int RoseInRank => RankBuckets[0] + RankBuckets[1] + RankBuckets[2];

    /// <summary>The number of counties in one rank-change bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    public int CountIn(RankChangeBucket bucket) => RankBuckets[(int)bucket];

    /// <summary>
    /// The <paramref name="count"/> biggest rank gains (rises only), largest first; ties by later
    /// rank, then code.
    /// </summary>
    /// <param name="count">How many at most; ≥ 0.</param>
    public ImmutableArray<CountyLeap> BiggestRankGains(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Counties
            .Where(c => c.RankGain > 0)
            .OrderByDescending(c => c.RankGain)
            .ThenBy(c => c.Later!.Rank)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>Compares two evaluations.</summary>
    /// <param name="earlier">The earlier evaluation.</param>
    /// <param name="later">The later evaluation; its year must be after <paramref name="earlier"/>'s.</param>
    /// <param name="history">
    /// Further evaluations before <paramref name="later"/>, for the best-ever rank (the earlier one
    /// counts anyway); may be omitted.
    /// </param>
    /// <exception cref="ArgumentException">The years are out of order.</exception>
    public static Leap Between(EvaluationResult earlier, EvaluationResult later, IEnumerable<EvaluationResult>? history = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (earlier.Year >= later.Year)
        {
            throw new ArgumentException($"The earlier evaluation ({earlier.Year}) must come before the later one ({later.Year}).", nameof(earlier));
        }

        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var past in (history ?? []).Append(earlier))
        {
            if (past.Year >= later.Year)
            {
                throw new ArgumentException($"The history holds the {past.Year} evaluation, not before {later.Year}.", nameof(history));
            }

            foreach (var county in past.Counties)
            {
                if (county.Rank is { } rank && (!best.TryGetValue(county.Code, out var held) || rank < held))
                {
                    best[county.Code] = rank;
                }
            }
        }

        var earlierByCode = new Dictionary<string, CountyEvaluation>(earlier.Counties.Length, StringComparer.Ordinal);
        foreach (var county in earlier.Counties)
        {
            earlierByCode.Add(county.Code, county);
        }

        var both = new List<CountyLeap>(later.Counties.Length);
        var entered = new List<CountyLeap>();
        foreach (var county in later.Ranked)
        {
            int? bestBefore = best.TryGetValue(county.Code, out var b) ? b : null;
            if (earlierByCode.Remove(county.Code, out var previous))
            {
                both.Add(CountyLeap.Of(previous, county, bestBefore));
            }
            else
            {
                entered.Add(CountyLeap.Of(null, county, bestBefore));
            }
        }

        var left = earlierByCode.Values
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => CountyLeap.Of(c, null, best.TryGetValue(c.Code, out var r) ? r : null));
        return new Leap(
            earlier.Year,
            later.Year,
            [.. both, .. entered.OrderBy(c => c.Code, StringComparer.Ordinal), .. left]);
    }

    /// <inheritdoc />
    public bool Equals(Leap? other) =>
        other is not null && EarlierYear == other.EarlierYear && LaterYear == other.LaterYear && Counties.SequenceEqual(other.Counties);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Leap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EarlierYear, LaterYear, Counties.Length);

    /// <summary>Formats as <c>2020→2021: 30 class leaps, 1 drop, 82 rose in rank (41 ≥10, 23 5–9, 18 1–4)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{EarlierYear}→{LaterYear}: {ClassUps.Length} class leaps, {ClassDowns.Length} drops, {RoseInRank} rose in rank ({RankBuckets[0]} ≥10, {RankBuckets[1]} 5–9, {RankBuckets[2]} 1–4), {Entered.Length} entered, {Left.Length} left");
}
