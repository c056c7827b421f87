using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>One group's aggregate score and rank for one county (any level of the framework, the index included).</summary>
public readonly struct GroupScore : IEquatable<GroupScore>
{
    private GroupScore(string group, int level, double score, int? rank)
    {
        Group = group;
        Level = level;
        Score = score;
        Rank = rank;
    }

    /// <summary>The group code.</summary>
    public string Group => field ?? string.Empty;

    /// <summary>The group's level in the framework: 0 for the index, 1 for first-level indicators, and so on.</summary>
    public int Level { get; }

    /// <summary>The aggregate, before the final scaling; NaN when it could not be computed.</summary>
    public double Score { get; }

    /// <summary>The rank of <see cref="Score"/> among the scored counties (1 = best, ties share the best rank); <see langword="null"/> without a score.</summary>
    public int? Rank { get; }

    /// <summary>Creates a group score.</summary>
    /// <param name="group">The group code.</param>
    /// <param name="level">The framework level, ≥ 0.</param>
    /// <param name="score">The score or NaN.</param>
    /// <param name="rank">The rank (≥ 1), given exactly when the score is not NaN.</param>
    /// <exception cref="ArgumentException">The code is empty, the level negative, or score and rank disagree.</exception>
    public static GroupScore Of(string group, int level, double score, int? rank)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        if (double.IsNaN(score) == rank.HasValue || rank is < 1)
        {
            throw new ArgumentException($"Group {group}: a score has a rank ≥ 1 and a missing score none.", nameof(rank));
        }

        return new GroupScore(group, level, score, rank);
    }

    /// <inheritdoc />
    public bool Equals(GroupScore other) =>
        string.Equals(Group, other.Group, StringComparison.Ordinal) && Level == other.Level && Score.Equals(other.Score) && Rank == other.Rank;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GroupScore other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Level, Score, Rank);

    /// <summary>Formats as <c>A1 (level 1): 63.2 rank 12</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Group} (level {Level}): {(double.IsNaN(Score) ? "n/a" : Score.ToString("G6", CultureInfo.InvariantCulture))}{(Rank is { } r ? $" rank {r}" : string.Empty)}");

    /// <summary>Equality.</summary>
    public static bool operator ==(GroupScore left, GroupScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GroupScore left, GroupScore right) => !left.Equals(right);
}
