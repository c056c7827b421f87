using System.Diagnostics.CodeAnalysis;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// A Chinese official document number (发文字号) such as <c>冀政办字〔2019〕9号</c>: the issuer code
/// (机关代字, <c>冀政办字</c>), the year in the brackets 〔〕 (U+3014/U+3015) and the serial number
/// followed by 号.
/// </summary>
/// <remarks>
/// <see cref="ToString()"/> gives the canonical form, which <see cref="Parse(string)"/> reads back.
/// Parsing is strict: <c>[2019]</c>, <c>［2019］</c>, <c>（2019）</c>, <c>(2019)</c>, full-width digits,
/// spaces and a missing 号 are rejected with a message that also gives the canonical form that was
/// probably meant (<see cref="DocumentNumberFormatException.Suggestion"/>).
/// <c>default(DocumentNumber)</c> has an empty issuer code and year and serial 0; it is not a
/// document number and no factory returns it.
/// </remarks>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>, IComparable<DocumentNumber>, IComparable
{
    private DocumentNumber(string issuerCode, int year, int serial)
    {
        IssuerCode = issuerCode;
        Year = year;
        Serial = serial;
    }

    /// <summary>The issuer code (机关代字), e.g. <c>冀政办字</c>.</summary>
    public string IssuerCode => field ?? string.Empty;

    /// <summary>The year in the brackets, e.g. 2019.</summary>
    public int Year { get; }

    /// <summary>The serial number, e.g. 9.</summary>
    public int Serial { get; }

    /// <summary>Creates a document number from its parts.</summary>
    /// <param name="issuerCode">The issuer code, Chinese characters only (e.g. <c>冀政办字</c>).</param>
    /// <param name="year">The year, 1900..2099.</param>
    /// <param name="serial">The serial number, 1..99999.</param>
    /// <returns>The document number.</returns>
    /// <exception cref="ArgumentException">A part is invalid; the message says which and why.</exception>
    public static DocumentNumber From(string issuerCode, int year, int serial)
    {
        ArgumentNullException.ThrowIfNull(issuerCode);
        var issuerProblem = DocumentNumberGrammar.CheckIssuerCode(issuerCode);
        if (issuerProblem is not null)
        {
            throw new ArgumentException("Invalid document number: " + issuerProblem, nameof(issuerCode));
        }

        var yearProblem = DocumentNumberGrammar.CheckYear(year);
        if (yearProblem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Invalid document number: " + yearProblem);
        }

        var serialProblem = DocumentNumberGrammar.CheckSerial(serial);
        if (serialProblem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, "Invalid document number: " + serialProblem);
        }

        return new DocumentNumber(issuerCode, year, serial);
    }

    /// <summary>Parses a document number in the canonical form, e.g. <c>冀政办字〔2019〕9号</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentNumberFormatException">
    /// The text is not a canonical document number; the message says what is wrong and the exception's
    /// <see cref="DocumentNumberFormatException.Suggestion"/> gives what was probably meant, when known.
    /// </exception>
    public static DocumentNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var result, out var problem, out var suggestion))
        {
            throw new DocumentNumberFormatException(text, problem, suggestion);
        }

        return result;
    }

    /// <summary>Tries to parse a document number in the canonical form.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The document number when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a canonical document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber result) =>
        TryParse(text, out result, out _, out _);

    /// <summary>
    /// Tries to parse a document number and, when it fails, says why and what was probably meant.
    /// </summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The document number when the method returns <see langword="true"/>.</param>
    /// <param name="problem">When the method returns <see langword="false"/>, what is wrong.</param>
    /// <param name="suggestion">
    /// When the method returns <see langword="false"/> and the text is a mis-typed document number
    /// (e.g. <c>冀政办字[2019]9号</c>), the canonical form probably meant (<c>冀政办字〔2019〕9号</c>);
    /// otherwise <see langword="null"/>.
    /// </param>
    /// <returns>Whether the text is a canonical document number.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        out DocumentNumber result,
        [NotNullWhen(false)] out string? problem,
        out string? suggestion)
    {
        if (DocumentNumberGrammar.TryParse(text, out var issuer, out var year, out var serial, out problem, out suggestion))
        {
            result = new DocumentNumber(issuer, year, serial);
            return true;
        }

        result = default;
        problem ??= "Not a document number.";
        return false;
    }

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) =>
        string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal) && Year == other.Year && Serial == other.Serial;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IssuerCode, Year, Serial);

    /// <summary>Orders by issuer code (ordinal), then year, then serial.</summary>
    /// <param name="other">The other document number.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(DocumentNumber other)
    {
        var byIssuer = string.CompareOrdinal(IssuerCode, other.IssuerCode);
        if (byIssuer != 0)
        {
            return byIssuer;
        }

        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Serial.CompareTo(other.Serial);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DocumentNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(DocumentNumber)}.", nameof(obj)),
    };

    /// <summary>The canonical form, e.g. <c>冀政办字〔2019〕9号</c>.</summary>
    public override string ToString() => DocumentNumberGrammar.Format(IssuerCode, Year, Serial);

    /// <summary>Equality.</summary>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Ordering: issuer code, year, serial.</summary>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering: issuer code, year, serial.</summary>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering: issuer code, year, serial.</summary>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering: issuer code, year, serial.</summary>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;
}
