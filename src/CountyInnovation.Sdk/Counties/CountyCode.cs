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
/// <para>Units beyond GB/T 2260 — countries (COINr's ISO3 codes such as <c>AUT</c>), regions, firms —
/// are named by an opaque identifier made with <see cref="Opaque"/>, when the caller says so (a units
/// file, see <see cref="Data.UnitsCsvReader"/>). An opaque code has no province, city or county part
/// (all 0, <see cref="Value"/> 0); it equals only the same identifier, orders after every GB/T code
/// (ordinally among opaque ones) and formats as the identifier.</para>
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

    /// <summary>The longest opaque identifier accepted, in characters.</summary>
    public const int MaxOpaqueLength = 64;

    private readonly int value;
    private readonly string? identifier;

    private CountyCode(int value)
    {
        this.value = value;
        identifier = null;
    }

    private CountyCode(string identifier)
    {
        value = 0;
        this.identifier = identifier;
    }

    /// <summary>Whether the code is an opaque unit identifier (see <see cref="Opaque"/>), not a GB/T 2260 code.</summary>
    public bool IsOpaque => identifier is not null;

    /// <summary>The code as a number, e.g. 130102; 0 for an opaque identifier.</summary>
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
    /// An opaque unit identifier for units that have no GB/T 2260 code (a country's ISO3 code such as
    /// <c>AUT</c>, a region or firm code): 1–<see cref="MaxOpaqueLength"/> characters, letters, digits,
    /// <c>_</c>, <c>-</c> and <c>.</c>, surrounding spaces removed. A text that is a county-level GB/T
    /// code is refused: use <see cref="Parse"/> for those, so that one unit never has two codes.
    /// </summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, too long, has other characters, or is a GB/T code.</exception>
    public static CountyCode Opaque(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var problem = TryOpaqueCore(identifier, out var result);
        return problem is null ? result : throw new FormatException(problem);
    }

    /// <summary>Tries to make an opaque unit identifier (see <see cref="Opaque"/>).</summary>
    /// <param name="identifier">The text, or null.</param>
    /// <param name="result">The code when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a valid opaque identifier.</returns>
    public static bool TryOpaque([NotNullWhen(true)] string? identifier, out CountyCode result)
    {
        if (identifier is null)
        {
            result = default;
            return false;
        }

        return TryOpaqueCore(identifier, out result) is null;
    }

    /// <summary>Reads a unit code: a county-level GB/T 2260 code when the text is one, else an opaque identifier (see <see cref="Opaque"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is neither; the message says why.</exception>
    public static CountyCode ParseUnit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var code))
        {
            return code;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
        {
            // Six digits that are not a county-level code (or another number of digits) are a mistake, not an opaque name.
            return Parse(text);
        }

        return Opaque(text);
    }

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

    private static string? TryOpaqueCore(string text, out CountyCode result)
    {
        result = default;
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxOpaqueLength)
        {
            return $"'{text}' is not a unit identifier: expected 1 to {MaxOpaqueLength} characters.";
        }

        foreach (var c in trimmed)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"'{text}' is not a unit identifier: only letters, digits, '_', '-' and '.' are allowed.";
            }
        }

        if (TryParseCore(trimmed, out _) is null)
        {
            return $"'{text}' is a GB/T 2260 county code, not an opaque identifier.";
        }

        result = new CountyCode(trimmed);
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
    public bool Equals(CountyCode other) => value == other.value && string.Equals(identifier, other.identifier, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountyCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => identifier is null ? value : StringComparer.Ordinal.GetHashCode(identifier);

    /// <inheritdoc />
    public int CompareTo(CountyCode other) => (identifier, other.identifier) switch
    {
        (null, null) => value.CompareTo(other.value),
        (null, _) => -1,
        (_, null) => 1,
        _ => string.CompareOrdinal(identifier, other.identifier),
    };

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountyCode other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(CountyCode)}.", nameof(obj)),
    };

    /// <summary>The six digits, e.g. <c>"130102"</c>, or the opaque identifier.</summary>
    public override string ToString() => identifier ?? value.ToString("D6", CultureInfo.InvariantCulture);

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
