using System.Globalization;

namespace CountyInnovation.Sdk.Counties;

/// <summary>
/// A grouping of counties for the evaluation's city averages: a prefecture-level city (设区市, GB/T 2260
/// code <c>PPCC00</c>) or 雄安新区 (Xiong'an New Area), which Hebei reports as a 12th grouping although
/// it has no prefecture-level code (its three counties keep their codes under 保定, 1306xx).
/// Hebei's twelve are in <see cref="HebeiCounties.Cities"/>; other ones (synthetic populations,
/// other provinces) are made with <see cref="Create"/>.
/// </summary>
public sealed class PrefectureCity : IEquatable<PrefectureCity>, IComparable<PrefectureCity>
{
    private PrefectureCity(int? code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>
    /// The GB/T 2260 city code <c>PPCC00</c> (for example 130100 for 石家庄), matching
    /// <see cref="CountyCode.CityCode"/>; <see langword="null"/> for a grouping that is not a
    /// prefecture-level city (雄安新区).
    /// </summary>
    public int? Code { get; }

    /// <summary>The Chinese name, for example 石家庄市.</summary>
    public string NameZh { get; }

    /// <summary>The English name, for example Shijiazhuang.</summary>
    public string NameEn { get; }

    /// <summary>Whether this is a prefecture-level city (设区市) with a GB/T 2260 code.</summary>
    public bool IsPrefectureLevelCity => Code is not null;

    /// <summary>Creates a prefecture-level city.</summary>
    /// <param name="code">Its GB/T 2260 code <c>PPCC00</c> (six digits, county part 00, city part not 00).</param>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="nameEn">The English name, not blank.</param>
    /// <exception cref="ArgumentException">The code is not a city code or a name is blank.</exception>
    public static PrefectureCity Create(int code, string nameZh, string nameEn)
    {
        if (code is < 110000 or > 829999 || code % 100 != 0 || code / 100 % 100 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "A prefecture-level city code has six digits PPCC00 with CC not 00, for example 130100.");
        }

        return new PrefectureCity(code, Checked(nameZh), Checked(nameEn));
    }

    /// <summary>Creates an evaluation grouping that is not a prefecture-level city (like 雄安新区).</summary>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="nameEn">The English name, not blank.</param>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public static PrefectureCity CreateGrouping(string nameZh, string nameEn) => new(null, Checked(nameZh), Checked(nameEn));

    /// <summary>
    /// Whether <paramref name="text"/> names this city: its Chinese name, with or without 市
    /// (石家庄市, 石家庄), or its English name in any case (Shijiazhuang).
    /// </summary>
    /// <param name="text">A name as a person or a data file writes it.</param>
    public bool IsNamed(string text) =>
        string.Equals(text, NameZh, StringComparison.Ordinal) || string.Equals(text, NameEn, StringComparison.OrdinalIgnoreCase)
        || (NameZh.EndsWith('市') && string.Equals(text, NameZh[..^1], StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(PrefectureCity? other) =>
        other is not null && Code == other.Code && string.Equals(NameZh, other.NameZh, StringComparison.Ordinal) && string.Equals(NameEn, other.NameEn, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PrefectureCity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, NameZh);

    /// <summary>Orders by code, groupings without a code last, then by Chinese name.</summary>
    /// <param name="other">The city to compare with.</param>
    public int CompareTo(PrefectureCity? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byCode = (Code ?? int.MaxValue).CompareTo(other.Code ?? int.MaxValue);
        return byCode != 0 ? byCode : string.CompareOrdinal(NameZh, other.NameZh);
    }

    /// <summary>The Chinese name with the code, for example <c>石家庄市 (130100)</c>.</summary>
    public override string ToString() => Code is { } c ? $"{NameZh} ({c.ToString(CultureInfo.InvariantCulture)})" : NameZh;

    private static string Checked(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.Trim();
    }
}
