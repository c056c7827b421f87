using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CountyInnovation.Sdk.Counties;

/// <summary>
/// The GB/T 2260 code of a county-level unit (县级行政区划代码): six digits <c>PPCCDD</c> — province
/// <c>PP</c> (13 = Hebei 河北省), prefecture-level city <c>CC</c> (01 石家庄 … 11 衡水), county <c>DD</c>.
/// </summary>
/// <remarks>
/// <para>Only county-level codes are accepted: the province must be a GB/T 2260 province code,
/// <c>CC</c> must not be 00 (that is a province-level code, <c>PP0000</c>) and <c>DD</c> must not be
/// 00 (a city-level code, <c>PPCC00</c>).</para>
/// <para>Development zones: the National Bureau of Statistics' statistical division codes also give
/// county-level codes with <c>DD</c> from 71 to 79 to development zones and management areas (e.g.
/// high-tech zones). They are statistical units, not administrative divisions. They are valid
/// <see cref="CountyCode"/>s — statistics are published under them — but
/// <see cref="IsDevelopmentZone"/> is <see langword="true"/> and <see cref="IsAdministrativeDivision"/>
/// <see langword="false"/>; the county evaluation covers administrative divisions only.</para>
/// <para>Codes change with re-organisations: whether a code exists in a given year is the business of a
/// division list, not of this type. <c>default(CountyCode)</c> is not a code (its
/// <see cref="Value"/> is 0); every factory returns a valid one.</para>
/// </remarks>
public readonly struct CountyCode : IEquatable<CountyCode>, IComparable<CountyCode>, IComparable
{
    /// <summary>The province part of Hebei's codes, 13.</summary>
    public const int HebeiProvince = 13;

    private static readonly int[] ProvinceParts =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private readonly int value;

    private CountyCode(int value) => this.value = value;

    /// <summary>The code as a number, e.g. 130102.</summary>
    public int Value => value;

    /// <summary>The province part <c>PP</c>, e.g. 13.</summary>
    public int ProvincePart => value / 10000;

    /// <summary>The prefecture-level city part <c>CC</c>, e.g. 1 for 石家庄 in 130102.</summary>
    public int CityPart => value / 100 % 100;

    /// <summary>The county part <c>DD</c>, e.g. 2 in 130102.</summary>
    public int CountyPart => value % 100;

    /// <summary>The code of the prefecture-level city the county belongs to, <c>PPCC00</c>, e.g. 130100.</summary>
    public int CityCode => value / 100 * 100;

    /// <summary>The code of the province, <c>PP0000</c>, e.g. 130000.</summary>
    public int ProvinceCode => value / 10000 * 10000;

    /// <summary>Whether the county is in Hebei (province part 13).</summary>
    public bool IsHebei => ProvincePart == HebeiProvince;

    /// <summary>
    /// Whether the code is a development zone or management area's statistical code (<c>DD</c> 71..79),
    /// not an administrative division.
    /// </summary>
    public bool IsDevelopmentZone => CountyPart is >= 71 and <= 79;

    /// <summary>Whether the code names an administrative division (not a development zone, see <see cref="IsDevelopmentZone"/>).</summary>
    public bool IsAdministrativeDivision => !IsDevelopmentZone;

    /// <summary>Creates a county code from its number.</summary>
    /// <param name="value">A county-level code such as 130102.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a county-level GB/T 2260 code; the message says why.</exception>
    public static CountyCode From(int value) => new(Guard.Against.InvalidCountyCode(value));

    /// <summary>Parses a six-digit county-level code such as <c>"130102"</c> (surrounding spaces allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a county-level code; the message says why.</exception>
    public static CountyCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problem = TryParseCore(text, out var result);
        if (problem is not null)
        {
            throw new FormatException(problem);
        }

        return result;
    }

    /// <summary>Tries to parse a six-digit county-level code.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The code when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a county-level code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountyCode result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, out result) is null;
    }

    /// <summary>Why <paramref name="value"/> is not a county-level code, or <see langword="null"/> when it is one.</summary>
    internal static string? Check(int value)
    {
        if (value is < 100000 or > 999999)
        {
            return $"{value} is not a county code: a GB/T 2260 code has six digits PPCCDD, e.g. 130102.";
        }

        var province = value / 10000;
        if (Array.IndexOf(ProvinceParts, province) < 0)
        {
            return $"{value} is not a county code: {province:D2} is not a GB/T 2260 province code (Hebei is 13).";
        }

        if (value / 100 % 100 == 0)
        {
            return value % 100 == 0
                ? $"{value} is a province-level code (PP0000): a county code names a county-level division, e.g. {province:D2}0102."
                : $"{value} has the city part CC = 00, which no county-level division has: a county code is PPCCDD with CC the prefecture-level city, e.g. {province:D2}01{value % 100:D2}.";
        }

        if (value % 100 == 0)
        {
            return $"{value} is a city-level code (county part DD = 00): a county code names a county-level division within the city, e.g. {value + 2}.";
        }

        return null;
    }

    private static string? TryParseCore(string text, out CountyCode result)
    {
        result = default;
        var trimmed = text.Trim();
        if (trimmed.Length != 6 || !trimmed.All(char.IsAsciiDigit))
        {
            return $"'{text}' is not a county code: expected six ASCII digits PPCCDD (GB/T 2260), e.g. 130102.";
        }

        var value = int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
        var problem = Check(value);
        if (problem is null)
        {
            result = new CountyCode(value);
        }

        return problem;
    }

    /// <inheritdoc />
    public bool Equals(CountyCode other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountyCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value;

    /// <inheritdoc />
    public int CompareTo(CountyCode other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountyCode other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(CountyCode)}.", nameof(obj)),
    };

    /// <summary>The six digits, e.g. <c>"130102"</c>.</summary>
    public override string ToString() => value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(CountyCode left, CountyCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountyCode left, CountyCode right) => !left.Equals(right);

    /// <summary>Ordering by code (the official listing order).</summary>
    public static bool operator <(CountyCode left, CountyCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by code (the official listing order).</summary>
    public static bool operator >(CountyCode left, CountyCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by code (the official listing order).</summary>
    public static bool operator <=(CountyCode left, CountyCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by code (the official listing order).</summary>
    public static bool operator >=(CountyCode left, CountyCode right) => left.CompareTo(right) >= 0;
}
