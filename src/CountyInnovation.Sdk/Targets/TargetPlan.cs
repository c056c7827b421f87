using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace CountyInnovation.Sdk.Targets;

/// <summary>A named set of tracked targets with unique ids: the policy's own, or a user's plan.</summary>
public sealed class TargetPlan : IEquatable<TargetPlan>
{
    private readonly FrozenDictionary<string, TrackedTarget> byId;

    private TargetPlan(string name, ImmutableArray<TrackedTarget> targets)
    {
        Name = name;
        Targets = targets;
        byId = targets.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        Ids = byId.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The plan's name.</summary>
    public string Name { get; }

    /// <summary>The targets, in the order given.</summary>
    public ImmutableArray<TrackedTarget> Targets { get; }

    /// <summary>The target ids, for validating observation files.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Creates a plan.</summary>
    /// <param name="name">The name; not empty.</param>
    /// <param name="targets">The targets; ids must be unique.</param>
    /// <exception cref="ArgumentException">A duplicate id.</exception>
    public static TargetPlan Of(string name, IEnumerable<TrackedTarget> targets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(targets);
        var list = targets.ToImmutableArray();
        var twice = list.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"The target id '{twice.Key}' is used twice.", nameof(targets));
        }

        return new TargetPlan(name.Trim(), list);
    }

    /// <summary>The target with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    public TrackedTarget? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>This plan with <paramref name="other"/>'s targets added (ids must stay unique).</summary>
    /// <param name="other">Another plan.</param>
    [Pure]
    public TargetPlan With(TargetPlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Of(Name, Targets.Concat(other.Targets));
    }

    /// <inheritdoc />
    public bool Equals(TargetPlan? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Targets.SequenceEqual(other.Targets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetPlan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Targets.Length);

    /// <summary>Formats as <c>name (n targets)</c>.</summary>
    public override string ToString() => $"{Name} ({Targets.Length} targets)";
}
