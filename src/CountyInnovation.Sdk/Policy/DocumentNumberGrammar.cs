// The grammar of Chinese official document numbers (发文字号), kept free of any dependency beyond the
// BCL and of APIs newer than netstandard2.0 so the analyzers can link this file as source and give
// the same diagnosis and suggestion at compile time as DocumentNumber.Parse does at run time.
#nullable enable

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// Parses, diagnoses and formats <c>&lt;issuer code&gt;〔&lt;year&gt;〕&lt;serial&gt;号</c>, e.g.
/// <c>冀政办字〔2019〕9号</c>. For common mis-typings (<c>[2019]</c>, <c>［2019］</c>,
/// <c>（2019）</c>, <c>(2019)</c>, full-width digits, spaces, a missing 号) it says what was probably
/// meant, in the canonical form.
/// </summary>
internal static class DocumentNumberGrammar
{
    /// <summary>The opening year bracket 〔 (U+3014).</summary>
    public const char OpenBracket = '\u3014';

    /// <summary>The closing year bracket 〕 (U+3015).</summary>
    public const char CloseBracket = '\u3015';

    /// <summary>The final character 号.</summary>
    public const char SerialSuffix = '号';

    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2099;

    /// <summary>The largest serial accepted.</summary>
    public const int MaxSerial = 99999;

    /// <summary>An example in the canonical form, for messages.</summary>
    public const string Example = "冀政办字〔2019〕9号";

    private const string WrongOpenBrackets = "[［（(【〖〘｛{<《〈";
    private const string WrongCloseBrackets = "]］）)】〗〙｝}>》〉";

    /// <summary>
    /// Parses <paramref name="text"/>. On failure <paramref name="problem"/> says what is wrong and
    /// <paramref name="suggestion"/> is the canonical form that was probably meant, when one can be found.
    /// </summary>
    public static bool TryParse(
        string? text,
        out string issuerCode,
        out int year,
        out int serial,
        out string? problem,
        out string? suggestion)
    {
        issuerCode = string.Empty;
        year = 0;
        serial = 0;
        suggestion = null;
        if (text is null || text.Trim().Length == 0)
        {
            problem = "A document number is empty: expected <issuer code>〔<year>〕<serial>号, e.g. " + Example + ".";
            return false;
        }

        var fixes = new System.Collections.Generic.List<string>();
        var normalized = Normalize(text, fixes);
        var strictProblem = TryParseStrict(normalized, out var i, out var y, out var s);
        if (strictProblem is not null)
        {
            problem = "'" + text + "' is not a document number: " + strictProblem;
            return false;
        }

        if (fixes.Count > 0)
        {
            suggestion = Format(i, y, s);
            problem = "'" + text + "' is not a document number in the canonical form: it " + string.Join("; it ", fixes)
                + ". Did you mean '" + suggestion + "'?";
            return false;
        }

        issuerCode = i;
        year = y;
        serial = s;
        problem = null;
        return true;
    }

    /// <summary>Formats the canonical form <c>&lt;issuer&gt;〔&lt;year&gt;〕&lt;serial&gt;号</c>.</summary>
    public static string Format(string issuerCode, int year, int serial) =>
        issuerCode + OpenBracket
        + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + CloseBracket
        + serial.ToString(System.Globalization.CultureInfo.InvariantCulture) + SerialSuffix;

    /// <summary>Why <paramref name="issuerCode"/> is not an issuer code, or null.</summary>
    public static string? CheckIssuerCode(string? issuerCode)
    {
        if (issuerCode is null || issuerCode.Length == 0)
        {
            return "the issuer code before 〔 is missing (e.g. 冀政办字).";
        }

        foreach (var c in issuerCode)
        {
            if (!IsHan(c))
            {
                return "the issuer code '" + issuerCode + "' must consist of Chinese characters (e.g. 冀政办字), but contains '" + c + "'.";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="year"/> is not a document year, or null.</summary>
    public static string? CheckYear(int year) =>
        year < MinYear || year > MaxYear
            ? "the year " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is outside " + MinYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".." + MaxYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."
            : null;

    /// <summary>Why <paramref name="serial"/> is not a serial number, or null.</summary>
    public static string? CheckSerial(int serial) =>
        serial < 1 || serial > MaxSerial
            ? "the serial number " + serial.ToString(System.Globalization.CultureInfo.InvariantCulture) + " must be between 1 and " + MaxSerial.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."
            : null;

    private static string Normalize(string text, System.Collections.Generic.List<string> fixes)
    {
        var builder = new System.Text.StringBuilder(text.Length + 1);
        var removedSpace = false;
        var fullWidthDigits = false;
        char? wrongOpen = null;
        char? wrongClose = null;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                removedSpace = true;
            }
            else if (c >= '０' && c <= '９')
            {
                fullWidthDigits = true;
                builder.Append((char)('0' + (c - '０')));
            }
            else if (WrongOpenBrackets.IndexOf(c) >= 0)
            {
                wrongOpen ??= c;
                builder.Append(OpenBracket);
            }
            else if (WrongCloseBrackets.IndexOf(c) >= 0)
            {
                wrongClose ??= c;
                builder.Append(CloseBracket);
            }
            else
            {
                builder.Append(c);
            }
        }

        if (wrongOpen is not null || wrongClose is not null)
        {
            var used = wrongOpen is not null && wrongClose is not null
                ? "'" + wrongOpen + "' and '" + wrongClose + "'"
                : "'" + (wrongOpen ?? wrongClose) + "'";
            fixes.Add("uses " + used + " around the year, where a document number uses the brackets 〔 and 〕 (U+3014, U+3015)");
        }

        if (fullWidthDigits)
        {
            fixes.Add("uses full-width digits, where a document number uses the digits 0-9");
        }

        if (removedSpace)
        {
            fixes.Add("contains spaces, which a document number does not");
        }

        if (builder.Length > 0 && builder[builder.Length - 1] >= '0' && builder[builder.Length - 1] <= '9')
        {
            builder.Append(SerialSuffix);
            fixes.Add("does not end with 号 after the serial number");
        }

        return builder.ToString();
    }

    private static string? TryParseStrict(string text, out string issuerCode, out int year, out int serial)
    {
        issuerCode = string.Empty;
        year = 0;
        serial = 0;
        var open = text.IndexOf(OpenBracket);
        if (open < 0)
        {
            return "it has no year in 〔〕; a document number is <issuer code>〔<year>〕<serial>号, e.g. " + Example + ".";
        }

        var close = text.IndexOf(CloseBracket, open + 1);
        if (close < 0)
        {
            return "the year bracket 〔 is not closed with 〕.";
        }

        issuerCode = text.Substring(0, open);
        var issuerProblem = CheckIssuerCode(issuerCode);
        if (issuerProblem is not null)
        {
            return issuerProblem;
        }

        var yearText = text.Substring(open + 1, close - open - 1);
        if (yearText.Length != 4 || !AllAsciiDigits(yearText))
        {
            return "the year '" + yearText + "' in 〔〕 must be four digits, e.g. 〔2019〕.";
        }

        year = int.Parse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        var yearProblem = CheckYear(year);
        if (yearProblem is not null)
        {
            return yearProblem;
        }

        if (text[text.Length - 1] != SerialSuffix)
        {
            return "it does not end with 号 after the serial number.";
        }

        var serialText = text.Substring(close + 1, text.Length - close - 2);
        if (serialText.Length == 0)
        {
            return "the serial number between 〕 and 号 is missing.";
        }

        if (!AllAsciiDigits(serialText) || serialText.Length > 5)
        {
            return "the serial number '" + serialText + "' must be a whole number between 1 and " + MaxSerial.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        }

        if (serialText[0] == '0')
        {
            return "the serial number '" + serialText + "' must not start with 0.";
        }

        serial = int.Parse(serialText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    private static bool AllAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
}
