using System.Globalization;

namespace CountyInnovation.Sdk.Analysis;

/// <summary>
/// The correlation of two columns of an evaluation (normalised indicators, group scores), with the
/// flags COINr's <c>get_corr_flags</c> raises: a strong negative correlation inside a group
/// (Pearson r &lt; <see cref="NegativeThreshold"/>: the components pull the group apart) and
/// near-duplicates (|r| &gt; <see cref="DuplicateThreshold"/>: one component counts twice).
/// </summary>
public sealed class CorrelationPair : IEquatable<CorrelationPair>
{
    /// <summary>Below this Pearson r two components of one group are flagged as strongly negative.</summary>
    public const double NegativeThreshold = -0.4;

    /// <summary>Above this |r| two components of one group are flagged as near-duplicates.</summary>
    public const double DuplicateThreshold = 0.9;

    private CorrelationPair(CorrelationScope scope, string first, string second, string? group, int count, double pearson, double spearman)
    {
        Scope = scope;
        First = first;
        Second = second;
        Group = group;
        Count = count;
        Pearson = pearson;
        Spearman = spearman;
    }

    /// <summary>What is compared.</summary>
    public CorrelationScope Scope { get; }

    /// <summary>The first code.</summary>
    public string First { get; }

    /// <summary>The second code.</summary>
    public string Second { get; }

    /// <summary>The group both belong to (<see cref="CorrelationScope.WithinGroup"/>), else <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <summary>The number of units where both are observed.</summary>
    public int Count { get; }

    /// <summary>Pearson's r, NaN when undefined.</summary>
    public double Pearson { get; }

    /// <summary>Spearman's rho, NaN when undefined.</summary>
    public double Spearman { get; }

    /// <summary>Whether two components of one group correlate strongly negatively.</summary>
    public bool IsStrongNegative => Scope == CorrelationScope.WithinGroup && Pearson < NegativeThreshold;

    /// <summary>Whether two components of one group are near-duplicates.</summary>
    public bool IsNearDuplicate => Scope == CorrelationScope.WithinGroup && Math.Abs(Pearson) > DuplicateThreshold;

    /// <summary>Correlates two columns.</summary>
    /// <param name="scope">What is compared.</param>
    /// <param name="first">The first code.</param>
    /// <param name="x">The first column (NaN missing).</param>
    /// <param name="second">The second code.</param>
    /// <param name="y">The second column, same length.</param>
    /// <param name="group">The common group for <see cref="CorrelationScope.WithinGroup"/>.</param>
    /// <exception cref="ArgumentException">A code is empty or the lengths differ.</exception>
    public static CorrelationPair Of(CorrelationScope scope, string first, ReadOnlySpan<double> x, string second, ReadOnlySpan<double> y, string? group = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        return new CorrelationPair(scope, first, second, group, Correlation.PairCount(x, y), Correlation.Pearson(x, y), Correlation.Spearman(x, y));
    }

    /// <inheritdoc />
    public bool Equals(CorrelationPair? other) =>
        other is not null && Scope == other.Scope && string.Equals(First, other.First, StringComparison.Ordinal) && string.Equals(Second, other.Second, StringComparison.Ordinal)
        && string.Equals(Group, other.Group, StringComparison.Ordinal) && Count == other.Count && Pearson.Equals(other.Pearson) && Spearman.Equals(other.Spearman);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorrelationPair);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scope, First, Second, Pearson);

    /// <summary>Formats as <c>X01 ~ X02 (within A1): r 0.93, rho 0.91, n 167</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{First} ~ {Second} ({Scope}{(Group is null ? string.Empty : " " + Group)}): r {Pearson:0.###}, rho {Spearman:0.###}, n {Count}");
}
