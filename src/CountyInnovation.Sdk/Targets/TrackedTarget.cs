using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// A target as the tracker sees it: an id that observations refer to, the measure it belongs to
/// (which decides the responsible units), a description, and the rule that judges it. The
/// policy's targets and user-defined ones are both tracked targets.
/// </summary>
public sealed partial class TrackedTarget : IEquatable<TrackedTarget>
{
    private TrackedTarget(string id, MeasureNumber? measure, string title, string? titleZh, string? unit, ITargetRule rule, Target? definition)
    {
        Definition = definition;
        Id = id;
        Measure = measure;
        Title = title;
        TitleZh = titleZh;
        Unit = unit;
        Rule = rule;
    }

    /// <summary>The id observations refer to: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, for example <c>M27-2</c>.</summary>
    public string Id { get; }

    /// <summary>The measure (措施) the target belongs to, when it belongs to one of the 28.</summary>
    public MeasureNumber? Measure { get; }

    /// <summary>What must be achieved, in English.</summary>
    public string Title { get; }

    /// <summary>What must be achieved, in Chinese, when known.</summary>
    public string? TitleZh { get; }

    /// <summary>The unit of the observations (for example <c>certificates</c> or <c>%</c>).</summary>
    public string? Unit { get; }

    /// <summary>How the target is judged.</summary>
    public ITargetRule Rule { get; }

    /// <summary>The policy's own definition of the target, when it comes from the catalogue (with its quote and kind).</summary>
    public Target? Definition { get; }

    /// <summary>The kind of target: the catalogue's own, or the kind its rule judges.</summary>
    public TargetKind Kind => Definition?.Kind ?? Rule switch
    {
        StandingThresholdRule => TargetKind.StandingThreshold,
        YearlyRiseRule => TargetKind.RisingShare,
        DoublingRule => TargetKind.Doubling,
        RecurringDutyRule => TargetKind.YearlyDuty,
        _ => TargetKind.QuantityByDeadline,
    };

    /// <summary>Whether the deadline is inferred (from a phrase like 到2025年, or assumed where the text gives none).</summary>
    public bool IsDeadlineInferred => Definition?.Deadline?.IsInferred ?? false;

    /// <summary>Creates a tracked target.</summary>
    /// <param name="id">The id (see <see cref="Id"/>).</param>
    /// <param name="measure">The measure, if any.</param>
    /// <param name="title">The English description; not empty.</param>
    /// <param name="rule">How it is judged.</param>
    /// <param name="titleZh">The Chinese description, if any.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <exception cref="ArgumentException">The id or title is malformed.</exception>
    public static TrackedTarget Create(string id, MeasureNumber? measure, string title, ITargetRule rule, string? titleZh = null, string? unit = null) =>
        Create(id, measure, title, rule, titleZh, unit, null);

    internal static TrackedTarget Create(string id, MeasureNumber? measure, string title, ITargetRule rule, string? titleZh, string? unit, Target? definition)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a target id: use 1–40 letters, digits, '-', '_' or '.', starting with a letter or digit.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rule);
        return new TrackedTarget(id, measure, title.Trim(), string.IsNullOrWhiteSpace(titleZh) ? null : titleZh.Trim(), string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), rule, definition);
    }

    /// <summary>Whether <paramref name="id"/> is a well-formed target id.</summary>
    /// <param name="id">The candidate.</param>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <inheritdoc />
    public bool Equals(TrackedTarget? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Measure == other.Measure
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(TitleZh, other.TitleZh, StringComparison.Ordinal)
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && Rule.Equals(other.Rule)
        && Equals(Definition, other.Definition);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrackedTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Measure, Title, Rule);

    /// <summary>Formats as <c>id (measure n): title</c>.</summary>
    public override string ToString() => Measure is { } m ? $"{Id} (measure {m.Value}): {Title}" : $"{Id}: {Title}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
