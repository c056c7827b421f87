using System.Collections.Immutable;
using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// A policy document as data: title, issuer, issue date, the plan it implements, its sections and
/// measures, who is responsible for what and the targets it states. The 2020 document is
/// <see cref="PolicyCatalogue.Hebei2020"/>.
/// </summary>
public sealed class PolicyDocument : IEquatable<PolicyDocument>
{
    private PolicyDocument(
        string titleZh,
        string titleEn,
        string issuerZh,
        string issuerEn,
        LocalDate issueDate,
        Plan implements,
        string preambleZh,
        ImmutableArray<DocumentNumber> citedDocuments,
        ImmutableArray<Section> sections,
        ImmutableArray<Measure> measures)
    {
        TitleZh = titleZh;
        TitleEn = titleEn;
        IssuerZh = issuerZh;
        IssuerEn = issuerEn;
        IssueDate = issueDate;
        Implements = implements;
        PreambleZh = preambleZh;
        CitedDocuments = citedDocuments;
        Sections = sections;
        Measures = measures;
        Responsibilities = ResponsibilityMatrix.From(measures.SelectMany(m => m.ResponsibleUnits));
        Targets = [.. measures.SelectMany(m => m.Targets)];
    }

    /// <summary>The Chinese title, e.g. 关于加快推进县域科技创新的若干措施.</summary>
    public string TitleZh { get; }

    /// <summary>The English title.</summary>
    public string TitleEn { get; }

    /// <summary>The issuing body in Chinese, e.g. 河北省科学技术厅.</summary>
    public string IssuerZh { get; }

    /// <summary>The issuing body in English.</summary>
    public string IssuerEn { get; }

    /// <summary>The issue date.</summary>
    public LocalDate IssueDate { get; }

    /// <summary>The plan the document implements.</summary>
    public Plan Implements { get; }

    /// <summary>The introductory paragraph, verbatim.</summary>
    public string PreambleZh { get; }

    /// <summary>Every document the text cites by number (preamble and measures), in order of first appearance.</summary>
    public ImmutableArray<DocumentNumber> CitedDocuments { get; }

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>The measures, in order.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Who is responsible for which measure, queryable both ways.</summary>
    public ResponsibilityMatrix Responsibilities { get; }

    /// <summary>Every target the measures state, by measure.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>Creates a document.</summary>
    /// <param name="titleZh">The Chinese title.</param>
    /// <param name="titleEn">The English title.</param>
    /// <param name="issuerZh">The issuer in Chinese.</param>
    /// <param name="issuerEn">The issuer in English.</param>
    /// <param name="issueDate">The issue date.</param>
    /// <param name="implements">The plan it implements.</param>
    /// <param name="preambleZh">The introductory paragraph.</param>
    /// <param name="citedDocuments">The documents cited anywhere in the text.</param>
    /// <param name="sections">The sections, numbered 1..n in order.</param>
    /// <param name="measures">The measures, numbered 1..m in order, each in a section that lists it.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">The sections and measures do not fit together.</exception>
    public static PolicyDocument Create(
        string titleZh,
        string titleEn,
        string issuerZh,
        string issuerEn,
        LocalDate issueDate,
        Plan implements,
        string preambleZh,
        IEnumerable<DocumentNumber> citedDocuments,
        IEnumerable<Section> sections,
        IEnumerable<Measure> measures)
    {
        Guard.Against.Null(implements);
        var frozenSections = Guard.Against.Null(sections).ToImmutableArray();
        var frozenMeasures = Guard.Against.Null(measures).ToImmutableArray();
        Guard.Against.Expression(s => s.Select((x, i) => x.Number.Value != i + 1).Any(b => b), frozenSections, "Sections must be numbered 1..n in order.", nameof(sections));
        Guard.Against.Expression(m => m.Select((x, i) => x.Number.Value != i + 1).Any(b => b), frozenMeasures, "Measures must be numbered 1..n in order.", nameof(measures));
        Guard.Against.Expression(
            m => !m.Select(x => x.Number).SequenceEqual(frozenSections.SelectMany(s => s.MeasureNumbers))
                || m.Any(x => !frozenSections.Contains(x.Section)),
            frozenMeasures,
            "Every measure must belong to exactly one of the document's sections, and the sections must list the measures in order.",
            nameof(measures));
        return new(
            Guard.Against.NullOrWhiteSpace(titleZh),
            Guard.Against.NullOrWhiteSpace(titleEn),
            Guard.Against.NullOrWhiteSpace(issuerZh),
            Guard.Against.NullOrWhiteSpace(issuerEn),
            issueDate,
            implements,
            Guard.Against.NullOrWhiteSpace(preambleZh),
            Guard.Against.Null(citedDocuments).Distinct().ToImmutableArray(),
            frozenSections,
            frozenMeasures);
    }

    /// <summary>The measure with the given number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">The document has fewer measures.</exception>
    public Measure Measure(MeasureNumber number) =>
        number.Value <= Measures.Length ? Measures[number.Value - 1] : throw new KeyNotFoundException($"The document has {Measures.Length} measures, not {number}.");

    /// <summary>The section with the given number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The section.</returns>
    /// <exception cref="KeyNotFoundException">The document has fewer sections.</exception>
    public Section Section(SectionNumber number) =>
        number.Value <= Sections.Length ? Sections[number.Value - 1] : throw new KeyNotFoundException($"The document has {Sections.Length} sections, not {number}.");

    /// <summary>The measures of a section, in order.</summary>
    /// <param name="number">The section number.</param>
    /// <returns>The measures.</returns>
    public ImmutableArray<Measure> MeasuresIn(SectionNumber number) => [.. Section(number).MeasureNumbers.Select(Measure)];

    /// <summary>The measures a unit is named in, in order (with <paramref name="includeCollective"/>, also those of the collective units it belongs to).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="includeCollective">Whether a city government also gets the measures of 各市政府.</param>
    /// <returns>The measures.</returns>
    public ImmutableArray<Measure> MeasuresOf(ResponsibleUnit unit, bool includeCollective = false) =>
        [.. Responsibilities.ForUnit(unit, includeCollective).Select(a => a.Measure).Distinct().Select(Measure)];

    /// <inheritdoc />
    public bool Equals(PolicyDocument? other) =>
        other is not null
        && string.Equals(TitleZh, other.TitleZh, StringComparison.Ordinal)
        && string.Equals(TitleEn, other.TitleEn, StringComparison.Ordinal)
        && string.Equals(IssuerZh, other.IssuerZh, StringComparison.Ordinal)
        && string.Equals(IssuerEn, other.IssuerEn, StringComparison.Ordinal)
        && IssueDate == other.IssueDate
        && Implements.Equals(other.Implements)
        && string.Equals(PreambleZh, other.PreambleZh, StringComparison.Ordinal)
        && CitedDocuments.SequenceEqual(other.CitedDocuments)
        && Sections.SequenceEqual(other.Sections)
        && Measures.SequenceEqual(other.Measures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TitleZh, IssueDate, Measures.Length);

    /// <summary>The title in book-title marks, e.g. <c>《关于加快推进县域科技创新的若干措施》</c>.</summary>
    public override string ToString() => $"《{TitleZh}》";
}
