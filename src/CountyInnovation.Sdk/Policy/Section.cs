using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// One of the 8 sections (部分) of the 2020 document, e.g. 三、加快培育创新型市场主体 (accelerate
/// fostering innovative market actors), and the numbers of the measures it groups.
/// </summary>
public sealed class Section : IEquatable<Section>
{
    private Section(SectionNumber number, string titleZh, string titleEn, ImmutableArray<MeasureNumber> measureNumbers)
    {
        Number = number;
        TitleZh = titleZh;
        TitleEn = titleEn;
        MeasureNumbers = measureNumbers;
    }

    /// <summary>The section number, 1..8.</summary>
    public SectionNumber Number { get; }

    /// <summary>The title as the text writes it, without the numeral (e.g. <c>加快培育创新型市场主体</c>).</summary>
    public string TitleZh { get; }

    /// <summary>The English title.</summary>
    public string TitleEn { get; }

    /// <summary>The numbers of the section's measures, in order.</summary>
    public ImmutableArray<MeasureNumber> MeasureNumbers { get; }

    /// <summary>Creates a section.</summary>
    /// <param name="number">The number.</param>
    /// <param name="titleZh">The Chinese title.</param>
    /// <param name="titleEn">The English title.</param>
    /// <param name="measureNumbers">Its measures, in increasing order, at least one.</param>
    /// <returns>The section.</returns>
    public static Section Create(SectionNumber number, string titleZh, string titleEn, IEnumerable<MeasureNumber> measureNumbers)
    {
        var frozen = Guard.Against.Null(measureNumbers).ToImmutableArray();
        Guard.Against.Expression(m => m.IsEmpty, frozen, "A section groups at least one measure.", nameof(measureNumbers));
        Guard.Against.Expression(m => !m.SequenceEqual(m.Order().Distinct()), frozen, "A section's measures are listed once each, in increasing order.", nameof(measureNumbers));
        return new(number, Guard.Against.NullOrWhiteSpace(titleZh), Guard.Against.NullOrWhiteSpace(titleEn), frozen);
    }

    /// <summary>The heading as the text writes it, e.g. <c>三、加快培育创新型市场主体</c>.</summary>
    public string HeadingZh => Number.ChineseNumeral + "、" + TitleZh;

    /// <inheritdoc />
    public bool Equals(Section? other) =>
        other is not null && Number == other.Number
        && string.Equals(TitleZh, other.TitleZh, StringComparison.Ordinal)
        && string.Equals(TitleEn, other.TitleEn, StringComparison.Ordinal)
        && MeasureNumbers.SequenceEqual(other.MeasureNumbers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Section);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, TitleZh);

    /// <summary>The heading, e.g. <c>三、加快培育创新型市场主体</c>.</summary>
    public override string ToString() => HeadingZh;
}
