using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// How one county moved between two evaluations (跃升情况): class change, score change, rank change
/// and its bucket, and whether it rose above its best rank ever. A county in one evaluation only is
/// kept, with <see cref="Presence"/> saying which.
/// </summary>
public sealed class CountyLeap : IEquatable<CountyLeap>
{
    private CountyLeap(CountyEvaluation? earlier, CountyEvaluation? later, int? bestRankBefore)
    {
        Earlier = earlier;
        Later = later;
        BestRankBefore = bestRankBefore;
    }

    /// <summary>The county's line in the earlier evaluation, when present there.</summary>
    public CountyEvaluation? Earlier { get; }

    /// <summary>The county's line in the later evaluation, when present there.</summary>
    public CountyEvaluation? Later { get; }

    /// <summary>The county code.</summary>
    public string Code => (Later ?? Earlier)!.Code;

    /// <summary>The county name (from the later evaluation when present).</summary>
    public string Name => (Later ?? Earlier)!.Name;

    /// <summary>The city group (from the later evaluation when present).</summary>
    public string City => (Later ?? Earlier)!.City;

    /// <summary>Whether the county is in both evaluations, or entered or left.</summary>
    public LeapPresence Presence => (Earlier, Later) switch
    {
        (not null, not null) => LeapPresence.Both,
        (null, _) => LeapPresence.Entered,
        _ => LeapPresence.Left,
    };

    /// <summary>Later score − earlier score; <see langword="null"/> unless scored in both.</summary>
    public double? ScoreChange => Earlier?.Score is { } a && Later?.Score is { } b ? b - a : null;

    /// <summary>Places gained: earlier rank − later rank (positive = rose); <see langword="null"/> unless ranked in both.</summary>
    public int? RankGain => Earlier?.Rank is { } a && Later?.Rank is { } b ? a - b : null;

    /// <summary>The bucket of <see cref="RankGain"/>; <see langword="null"/> unless ranked in both.</summary>
    public RankChangeBucket? RankBucket => RankGain switch
    {
        null => null,
        >= 10 => RankChangeBucket.RoseTenOrMore,
        >= 5 => RankChangeBucket.RoseFiveToNine,
        >= 1 => RankChangeBucket.RoseOneToFour,
        0 => RankChangeBucket.Unchanged,
        _ => RankChangeBucket.Declined,
    };

    /// <summary>Which way the class moved; <see langword="null"/> unless classed in both.</summary>
    public ClassChange? ClassChange => Earlier?.Class is { } a && Later?.Class is { } b
        ? (b > a ? Evaluation.ClassChange.Up : b < a ? Evaluation.ClassChange.Down : Evaluation.ClassChange.Same)
        : null;

    /// <summary>
    /// The best (lowest) rank the county held in the earlier evaluation and every evaluation of the
    /// history before the later one; <see langword="null"/> when it was never ranked before.
    /// </summary>
    public int? BestRankBefore { get; }

    /// <summary>Whether the later rank is strictly better than every rank held before (突破历史最好位次).</summary>
    public bool RoseAboveBestEver => Later?.Rank is { } now && BestRankBefore is { } best && now < best;

    /// <summary>Creates a county's leap.</summary>
    /// <param name="earlier">The earlier line, or <see langword="null"/> when the county entered.</param>
    /// <param name="later">The later line, or <see langword="null"/> when the county left.</param>
    /// <param name="bestRankBefore">The best rank before the later evaluation, if any (≥ 1).</param>
    /// <exception cref="ArgumentException">Both lines are missing, or their codes differ.</exception>
    public static CountyLeap Of(CountyEvaluation? earlier, CountyEvaluation? later, int? bestRankBefore)
    {
        if (earlier is null && later is null)
        {
            throw new ArgumentException("A leap needs the county in at least one evaluation.", nameof(later));
        }

        if (earlier is not null && later is not null && !string.Equals(earlier.Code, later.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot compare county {earlier.Code} with county {later.Code}.", nameof(later));
        }

        if (bestRankBefore is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bestRankBefore), bestRankBefore, "Ranks start at 1.");
        }

        return new CountyLeap(earlier, later, bestRankBefore);
    }

    /// <inheritdoc />
    public bool Equals(CountyLeap? other) =>
        other is not null && Equals(Earlier, other.Earlier) && Equals(Later, other.Later) && BestRankBefore == other.BestRankBefore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyLeap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Earlier, Later, BestRankBefore);

    /// <summary>Formats as <c>130123 正定县: C→B, +6.20 points, rank 40→25 (+15)</c>.</summary>
    public override string ToString() => Presence switch
    {
        LeapPresence.Entered => $"{Code} {Name}: entered",
        LeapPresence.Left => $"{Code} {Name}: left",
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"{Code} {Name}: {Earlier!.Class?.ToString() ?? "-"}→{Later!.Class?.ToString() ?? "-"}, {(ScoreChange is { } d ? d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "n/a")} points, rank {Earlier.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}→{Later.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}{(RankGain is { } g ? $" ({g:+0;-0;0})" : string.Empty)}{(RoseAboveBestEver ? ", best ever" : string.Empty)}"),
    };
}
