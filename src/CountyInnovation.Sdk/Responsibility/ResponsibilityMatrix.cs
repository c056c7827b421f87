using System.Collections.Frozen;
using System.Collections.Immutable;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Responsibility;

/// <summary>
/// Who is responsible for what, queryable both ways: for each measure its units in listed order,
/// for each unit its measures with its role in each.
/// </summary>
/// <remarks>
/// A city government (e.g. 石家庄市政府) is not named in the text; it shares the responsibility of the
/// collective unit 各市政府. <see cref="ForUnit(ResponsibleUnit, bool)"/> with
/// <c>includeCollective: true</c> gives it those assignments.
/// </remarks>
public sealed class ResponsibilityMatrix : IEquatable<ResponsibilityMatrix>
{
    private readonly FrozenDictionary<MeasureNumber, ImmutableArray<Assignment>> byMeasure;
    private readonly FrozenDictionary<ResponsibleUnit, ImmutableArray<Assignment>> byUnit;

    private ResponsibilityMatrix(ImmutableArray<Assignment> assignments)
    {
        Assignments = assignments;
        byMeasure = assignments.GroupBy(a => a.Measure)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(a => a.Position).ToImmutableArray());
        byUnit = assignments.GroupBy(a => a.Unit)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(a => a.Measure).ToImmutableArray());
        Measures = [.. byMeasure.Keys.Order()];
        Units = [.. assignments.Select(a => a.Unit).Distinct()];
    }

    /// <summary>Every assignment, by measure then position.</summary>
    public ImmutableArray<Assignment> Assignments { get; }

    /// <summary>The measures that have at least one unit, in order.</summary>
    public ImmutableArray<MeasureNumber> Measures { get; }

    /// <summary>The units named, in order of first appearance.</summary>
    public ImmutableArray<ResponsibleUnit> Units { get; }

    /// <summary>Builds the matrix from assignments.</summary>
    /// <param name="assignments">The assignments; a unit appears at most once per measure, positions per measure are 1..n.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">A unit is listed twice in one measure, or positions have gaps.</exception>
    public static ResponsibilityMatrix From(IEnumerable<Assignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var ordered = assignments.OrderBy(a => a.Measure).ThenBy(a => a.Position).ToImmutableArray();
        foreach (var measure in ordered.GroupBy(a => a.Measure))
        {
            var positions = measure.Select(a => a.Position).ToArray();
            if (!positions.SequenceEqual(Enumerable.Range(1, positions.Length)))
            {
                throw new ArgumentException($"Measure {measure.Key}: positions must be 1..{positions.Length}, got {string.Join(",", positions)}.", nameof(assignments));
            }

            var twice = measure.GroupBy(a => a.Unit).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new ArgumentException($"Measure {measure.Key} lists {twice.Key} twice.", nameof(assignments));
            }
        }

        return new ResponsibilityMatrix(ordered);
    }

    /// <summary>The units of a measure, in the order listed (the first is the lead, by inference).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The assignments, empty when the measure names no unit.</returns>
    public ImmutableArray<Assignment> ForMeasure(MeasureNumber measure) =>
        byMeasure.TryGetValue(measure, out var list) ? list : [];

    /// <summary>The measures of a unit with its role in each, by measure number.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="includeCollective">
    /// Also count the measures of the collective units the unit belongs to (a city government gets
    /// those of 各市政府, with 各市政府's role).
    /// </param>
    /// <returns>The assignments, empty when the unit is named nowhere.</returns>
    public ImmutableArray<Assignment> ForUnit(ResponsibleUnit unit, bool includeCollective = false)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var own = byUnit.TryGetValue(unit, out var list) ? list : [];
        if (!includeCollective)
        {
            return own;
        }

        // The unit's own list is already in: a collective unit is covered by itself, so skip it here.
        var viaCollective = byUnit.Where(kv => kv.Key.IsCollective && !kv.Key.Equals(unit) && unit.IsCoveredBy(kv.Key)).SelectMany(kv => kv.Value);
        return [.. own.Concat(viaCollective).OrderBy(a => a.Measure).ThenBy(a => a.Position)];
    }

    /// <summary>The role of a unit in a measure, or <see langword="null"/> when the measure does not name it.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public UnitRole? RoleOf(ResponsibleUnit unit, MeasureNumber measure)
    {
        ArgumentNullException.ThrowIfNull(unit);
        foreach (var a in ForMeasure(measure))
        {
            if (a.Unit.Equals(unit))
            {
                return a.Role;
            }
        }

        return null;
    }

    /// <summary>The lead unit of a measure (the first listed, by inference), or <see langword="null"/> when it names none.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The lead unit, or <see langword="null"/>.</returns>
    public ResponsibleUnit? LeadOf(MeasureNumber measure)
    {
        var list = ForMeasure(measure);
        return list.IsEmpty ? null : list[0].Unit;
    }

    /// <inheritdoc />
    public bool Equals(ResponsibilityMatrix? other) => other is not null && Assignments.SequenceEqual(other.Assignments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponsibilityMatrix);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var a in Assignments)
        {
            hash.Add(a);
        }

        return hash.ToHashCode();
    }

    /// <summary>E.g. <c>28 measures, 15 units, 36 assignments</c>.</summary>
    public override string ToString() => $"{Measures.Length} measures, {Units.Length} units, {Assignments.Length} assignments";
}
