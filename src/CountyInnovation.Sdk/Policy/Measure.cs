using System.Collections.Immutable;
using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// One of the 28 measures (措施) of the 2020 document: its number and section, its verbatim Chinese
/// text, an English rendering, the units responsible for it in the order listed, the documents it
/// cites and the targets it states.
/// </summary>
public sealed class Measure : IEquatable<Measure>
{
    private Measure(
        MeasureNumber number,
        Section section,
        string textZh,
        string textEn,
        string responsibilityClauseZh,
        ImmutableArray<Assignment> responsibleUnits,
        ImmutableArray<DocumentNumber> citedDocuments,
        ImmutableArray<Target> targets)
    {
        Number = number;
        Section = section;
        TextZh = textZh;
        TextEn = textEn;
        ResponsibilityClauseZh = responsibilityClauseZh;
        ResponsibleUnits = responsibleUnits;
        CitedDocuments = citedDocuments;
        Targets = targets;
    }

    /// <summary>The measure number, 1..28.</summary>
    public MeasureNumber Number { get; }

    /// <summary>The section the measure belongs to.</summary>
    public Section Section { get; }

    /// <summary>The text verbatim, without the leading number and without the （责任单位：…） clause.</summary>
    public string TextZh { get; }

    /// <summary>An English rendering of <see cref="TextZh"/> (ours, not an official translation).</summary>
    public string TextEn { get; }

    /// <summary>The responsibility clause verbatim, e.g. <c>（责任单位：省发展改革委、省科技厅）</c>.</summary>
    public string ResponsibilityClauseZh { get; }

    /// <summary>The responsible units in the order listed; the first is the lead (by inference, see <see cref="UnitRole"/>).</summary>
    public ImmutableArray<Assignment> ResponsibleUnits { get; }

    /// <summary>The lead unit: the first listed (an inference, see <see cref="Assignment.IsRoleInferred"/>).</summary>
    public ResponsibleUnit Lead => ResponsibleUnits[0].Unit;

    /// <summary>The documents the text cites by number, in order of appearance, as written.</summary>
    public ImmutableArray<DocumentNumber> CitedDocuments { get; }

    /// <summary>The targets the text states (empty for most measures).</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>Creates a measure.</summary>
    /// <param name="number">The number.</param>
    /// <param name="section">The section; it must list <paramref name="number"/>.</param>
    /// <param name="textZh">The verbatim Chinese text without the responsibility clause.</param>
    /// <param name="textEn">The English rendering.</param>
    /// <param name="responsibilityClauseZh">The responsibility clause verbatim.</param>
    /// <param name="responsibleUnits">The units, at least one, all for this measure, positions 1..n in order.</param>
    /// <param name="citedDocuments">The documents cited.</param>
    /// <param name="targets">The targets stated, all for this measure, each quoting words of <paramref name="textZh"/>.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException">The parts do not fit together; the message says how.</exception>
    public static Measure Create(
        MeasureNumber number,
        Section section,
        string textZh,
        string textEn,
        string responsibilityClauseZh,
        IEnumerable<Assignment> responsibleUnits,
        IEnumerable<DocumentNumber> citedDocuments,
        IEnumerable<Target> targets)
    {
        Guard.Against.Null(section);
        Guard.Against.NullOrWhiteSpace(textZh);
        Guard.Against.NullOrWhiteSpace(textEn);
        Guard.Against.NullOrWhiteSpace(responsibilityClauseZh);
        var units = Guard.Against.Null(responsibleUnits).ToImmutableArray();
        var documents = Guard.Against.Null(citedDocuments).ToImmutableArray();
        var stated = Guard.Against.Null(targets).ToImmutableArray();
        if (!section.MeasureNumbers.Contains(number))
        {
            throw new ArgumentException($"Section {section.Number} does not list measure {number}.", nameof(section));
        }

        Guard.Against.Expression(u => u.IsEmpty, units, $"Measure {number} names no responsible unit.", nameof(responsibleUnits));
        Guard.Against.Expression(
            u => u.Select((a, i) => a.Measure != number || a.Position != i + 1).Any(bad => bad),
            units,
            $"The units of measure {number} must be its own, in positions 1..n.",
            nameof(responsibleUnits));
        Guard.Against.Expression(t => t.Any(x => x is null || x.Measure != number), stated, $"The targets of measure {number} must be its own.", nameof(targets));
        var unquoted = stated.FirstOrDefault(t => !textZh.Contains(t.SourceTextZh, StringComparison.Ordinal));
        if (unquoted is not null)
        {
            throw new ArgumentException($"Measure {number}: the target '{unquoted.DescriptionEn}' quotes '{unquoted.SourceTextZh}', which is not in the measure's text.", nameof(targets));
        }

        return new(number, section, textZh, textEn, responsibilityClauseZh, units, documents, stated);
    }

    /// <inheritdoc />
    public bool Equals(Measure? other) =>
        other is not null
        && Number == other.Number
        && Section.Equals(other.Section)
        && string.Equals(TextZh, other.TextZh, StringComparison.Ordinal)
        && string.Equals(TextEn, other.TextEn, StringComparison.Ordinal)
        && string.Equals(ResponsibilityClauseZh, other.ResponsibilityClauseZh, StringComparison.Ordinal)
        && ResponsibleUnits.SequenceEqual(other.ResponsibleUnits)
        && CitedDocuments.SequenceEqual(other.CitedDocuments)
        && Targets.SequenceEqual(other.Targets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, TextZh);

    /// <summary>The number and the start of the text, e.g. <c>7. 实施好高新技术企业倍增计划…</c>.</summary>
    public override string ToString() => $"{Number}. {(TextZh.Length > 20 ? TextZh[..20] + "…" : TextZh)}";
}
