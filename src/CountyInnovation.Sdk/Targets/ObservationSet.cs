using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A validated, immutable set of observations, sorted, with a name for reports and a flag that
/// marks illustrative (made-up, demonstration) data so that no report can pass it off as real.
/// </summary>
public sealed class ObservationSet : IEquatable<ObservationSet>
{
    private ObservationSet(string name, bool isIllustrative, ImmutableArray<Observation> observations)
    {
        Name = name;
        IsIllustrative = isIllustrative;
        Observations = observations;
    }

    /// <summary>An empty set.</summary>
    public static ObservationSet Empty { get; } = new("(none)", false, []);

    /// <summary>The source name (file name, or a label for embedded data).</summary>
    public string Name { get; }

    /// <summary>Whether the values are illustrative, not real statistics: reports must say so.</summary>
    public bool IsIllustrative { get; }

    /// <summary>Every observation, sorted by target, level, place and period.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <summary>Creates a set; two observations of the same target, level, place and period are an error.</summary>
    /// <param name="name">The source name.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="isIllustrative">Whether the values are illustrative.</param>
    /// <exception cref="ArgumentException">A duplicate observation.</exception>
    public static ObservationSet Of(string name, IEnumerable<Observation> observations, bool isIllustrative = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = observations.Order().ToImmutableArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (IsSameSlot(sorted[i - 1], sorted[i]))
            {
                throw new ArgumentException($"Two observations for the same target, level, place and period: {sorted[i - 1]} and {sorted[i]}.", nameof(observations));
            }
        }

        return new ObservationSet(name, isIllustrative, sorted);
    }

    /// <summary>The observations of one target, sorted by level, place and period.</summary>
    /// <param name="targetId">The target id.</param>
    public ImmutableArray<Observation> For(string targetId) =>
        [.. Observations.Where(o => string.Equals(o.TargetId, targetId, StringComparison.Ordinal))];

    /// <summary>The province-level series of one target, sorted by date.</summary>
    /// <param name="targetId">The target id.</param>
    public ImmutableArray<DatedValue> ProvinceSeries(string targetId) =>
        [.. For(targetId).Where(o => o.Level == GovernmentLevel.Province).Select(o => o.Point)];

    /// <inheritdoc />
    public bool Equals(ObservationSet? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && IsIllustrative == other.IsIllustrative
        && Observations.SequenceEqual(other.Observations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObservationSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, IsIllustrative, Observations.Length);

    /// <summary>Formats as <c>name (n observations[, illustrative])</c>.</summary>
    public override string ToString() =>
        $"{Name} ({Observations.Length} observations{(IsIllustrative ? ", ILLUSTRATIVE" : string.Empty)})";

    internal static bool IsSameSlot(Observation a, Observation b) =>
        string.Equals(a.TargetId, b.TargetId, StringComparison.Ordinal)
        && a.Level == b.Level
        && string.Equals(a.Place, b.Place, StringComparison.Ordinal)
        && a.Period.EndDate == b.Period.EndDate;
}
