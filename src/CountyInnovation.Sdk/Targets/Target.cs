using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A target (目标) that a measure states: what is to be achieved, in Chinese and English, the words
/// of the text that state it, which way the value must go, and, depending on the kind, a quantity, its
/// unit and a deadline.
/// </summary>
/// <remarks>
/// The kinds are the sealed subclasses (<see cref="QuantityTarget"/>, <see cref="ThresholdTarget"/>,
/// <see cref="RisingShareTarget"/>, <see cref="DoublingTarget"/>, <see cref="RecurringDutyTarget"/>);
/// the class is open so that other target shapes can be added. Targets are data here: assessing
/// progress against observations is a separate concern built on these types. Two targets are equal
/// when they are of the same class and all their data are equal.
/// </remarks>
public abstract class Target : IEquatable<Target>
{
    /// <summary>Initialises the data every target has.</summary>
    /// <param name="measure">The measure that states the target.</param>
    /// <param name="descriptionZh">What is to be achieved, in Chinese.</param>
    /// <param name="descriptionEn">What is to be achieved, in English.</param>
    /// <param name="sourceTextZh">The words of the measure's text that state the target, verbatim.</param>
    /// <param name="direction">Which way the value must go.</param>
    protected Target(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, TargetDirection direction)
    {
        Measure = measure;
        DescriptionZh = Guard.Against.NullOrWhiteSpace(descriptionZh);
        DescriptionEn = Guard.Against.NullOrWhiteSpace(descriptionEn);
        SourceTextZh = Guard.Against.NullOrWhiteSpace(sourceTextZh);
        Direction = Guard.Against.EnumOutOfRange(direction);
    }

    /// <summary>The measure that states the target.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>The shape of the target.</summary>
    public abstract TargetKind Kind { get; }

    /// <summary>What is to be achieved, in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>What is to be achieved, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>The words of the measure's text that state the target, verbatim (a substring of the measure's text).</summary>
    public string SourceTextZh { get; }

    /// <summary>Which way the value must go.</summary>
    public TargetDirection Direction { get; }

    /// <summary>The number the target names (a count, a threshold, a factor), or <see langword="null"/> when it names none.</summary>
    public virtual decimal? Value => null;

    /// <summary>The unit of <see cref="Value"/> in English (e.g. <c>colleges</c>, <c>%</c>), or <see langword="null"/>.</summary>
    public virtual string? Unit => null;

    /// <summary>The unit of <see cref="Value"/> in Chinese (e.g. <c>所</c>), or <see langword="null"/>.</summary>
    public virtual string? UnitZh => null;

    /// <summary>The deadline, or <see langword="null"/> for standing and recurring targets.</summary>
    public virtual Deadline? Deadline => null;

    /// <inheritdoc />
    public bool Equals(Target? other) =>
        other is not null
        && other.GetType() == GetType()
        && Measure == other.Measure
        && string.Equals(DescriptionZh, other.DescriptionZh, StringComparison.Ordinal)
        && string.Equals(DescriptionEn, other.DescriptionEn, StringComparison.Ordinal)
        && string.Equals(SourceTextZh, other.SourceTextZh, StringComparison.Ordinal)
        && Direction == other.Direction
        && EqualsCore(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GetType(), Measure, DescriptionZh, SourceTextZh, Value, Deadline);

    /// <summary>E.g. <c>measure 19: 25 colleges by 2025-12-31</c>.</summary>
    public override string ToString() =>
        $"measure {Measure}: {DescriptionEn}" + (Deadline is { } d ? $" (by {d})" : string.Empty);

    /// <summary>Compares the data a subclass adds; called only for an <paramref name="other"/> of the same class.</summary>
    /// <param name="other">A target of the same class.</param>
    /// <returns>Whether the subclass data are equal.</returns>
    protected abstract bool EqualsCore(Target other);
}
