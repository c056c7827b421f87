using System.Globalization;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// One piece of evidence about a target: a value for a period, at a level of government (and
/// which city or county), with a note on where it comes from.
/// </summary>
public sealed class Observation : IEquatable<Observation>, IComparable<Observation>
{
    private Observation(string targetId, ObservationPeriod period, double value, GovernmentLevel level, string? place, string? source)
    {
        TargetId = targetId;
        Period = period;
        Value = value;
        Level = level;
        Place = place;
        Source = source;
    }

    /// <summary>The id of the target observed (for example <c>m27-e-certificates</c>).</summary>
    public string TargetId { get; }

    /// <summary>The year or day the value refers to.</summary>
    public ObservationPeriod Period { get; }

    /// <summary>The value, in the target's unit (a count, a percentage, 1/0 for a duty done or not).</summary>
    public double Value { get; }

    /// <summary>The level of government.</summary>
    public GovernmentLevel Level { get; }

    /// <summary>Which city or county (a name or GB/T 2260 code); <see langword="null"/> at province level.</summary>
    public string? Place { get; }

    /// <summary>Where the value comes from: a document, a bulletin, a URL, or "illustrative".</summary>
    public string? Source { get; }

    /// <summary>The point this observation contributes to a progress series.</summary>
    public DatedValue Point => DatedValue.Of(Period.EndDate, Value);

    /// <summary>Creates an observation.</summary>
    /// <param name="targetId">The target's id; not empty.</param>
    /// <param name="period">The year or day.</param>
    /// <param name="value">A finite value.</param>
    /// <param name="level">The level of government (default: province).</param>
    /// <param name="place">Which city or county: required below province level, not allowed at it.</param>
    /// <param name="source">The source or evidence note, if any.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static Observation Of(string targetId, ObservationPeriod period, double value, GovernmentLevel level = GovernmentLevel.Province, string? place = null, string? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An observed value must be a finite number.");
        }

        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown administrative level.");
        }

        var trimmedPlace = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        if (level == GovernmentLevel.Province && trimmedPlace is not null)
        {
            throw new ArgumentException("A province-level observation names no place.", nameof(place));
        }

        if (level != GovernmentLevel.Province && trimmedPlace is null)
        {
            throw new ArgumentException($"A {level.ToString().ToLowerInvariant()}-level observation must name its {level.ToString().ToLowerInvariant()}.", nameof(place));
        }

        return new Observation(targetId.Trim(), period, value, level, trimmedPlace, string.IsNullOrWhiteSpace(source) ? null : source.Trim());
    }

    /// <inheritdoc />
    public bool Equals(Observation? other) =>
        other is not null
        && string.Equals(TargetId, other.TargetId, StringComparison.Ordinal)
        && Period == other.Period
        && Value.Equals(other.Value)
        && Level == other.Level
        && string.Equals(Place, other.Place, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TargetId, Period, Value, Level, Place, Source);

    /// <summary>Orders by target, level, place, then period.</summary>
    /// <param name="other">The other observation.</param>
    public int CompareTo(Observation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(TargetId, other.TargetId);
        if (c == 0)
        {
            c = Level.CompareTo(other.Level);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(Place, other.Place);
        }

        return c != 0 ? c : Period.CompareTo(other.Period);
    }

    /// <summary>Formats as <c>target period level[ place] = value</c>.</summary>
    public override string ToString() =>
        $"{TargetId} {Period} {Level.ToString().ToLowerInvariant()}{(Place is null ? string.Empty : " " + Place)} = {Value.ToString("R", CultureInfo.InvariantCulture)}";
}
