using System.Globalization;

namespace CountyInnovation.Sdk.Output;

/// <summary>
/// The cells of a CSV file that is safe to open in a spreadsheet: every text cell is neutralised so
/// that it cannot become a formula, every cell is quoted as RFC 4180 requires.
/// </summary>
/// <remarks>
/// <para>
/// Text and numbers are told apart by the method the writer calls, never by the look of the text:
/// <see cref="Text"/> neutralises whatever it is given, so the text <c>"-3.5"</c> (a name, a note, a
/// value read from a file) is written <c>'-3.5</c>, while <see cref="Number(double)"/> writes the
/// number −3.5 as <c>-3.5</c>, a plain number a spreadsheet reads as such. A writer therefore passes
/// every value it formats itself as a number and everything else as text.
/// </para>
/// <para>
/// Neutralisation follows the OWASP recommendation on CSV injection: a text cell that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe
/// (<c>'</c>), which spreadsheets show as text. A text that begins with an apostrophe gets one more, so
/// that <see cref="Restore"/> can remove exactly the apostrophe <see cref="Neutralise"/> added and give
/// back the original text for every text (readers of files this library wrote use it).
/// </para>
/// </remarks>
public static class CsvCell
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (or strip them into one) when they begin it.</summary>
    public const string FormulaTriggers = "=+-@\t\r";

    /// <summary>The neutralised, quoted text cell.</summary>
    /// <param name="text">Any text; <see langword="null"/> is written as an empty cell.</param>
    /// <returns>The cell as written between separators.</returns>
    public static string Text(string? text) => Quote(Neutralise(text ?? string.Empty));

    /// <summary>The text with a leading apostrophe when it begins with one of <see cref="FormulaTriggers"/> or with an apostrophe; any other text unchanged.</summary>
    /// <param name="text">The text of a cell.</param>
    /// <returns>The neutralised text, not yet quoted.</returns>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsNeutralising(text) ? "'" + text : text;
    }

    /// <summary>The text a neutralised cell stood for: the apostrophe <see cref="Neutralise"/> added is removed, anything else is unchanged.</summary>
    /// <param name="cell">The unquoted text of a cell.</param>
    /// <returns>The original text.</returns>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length >= 2 && cell[0] == '\'' && (cell[1] == '\'' || FormulaTriggers.Contains(cell[1], StringComparison.Ordinal)) ? cell[1..] : cell;
    }

    /// <summary>Whether <see cref="Neutralise"/> would change <paramref name="text"/>.</summary>
    /// <param name="text">The text of a cell.</param>
    /// <returns><see langword="true"/> when the text begins with one of <see cref="FormulaTriggers"/> or with an apostrophe.</returns>
    public static bool NeedsNeutralising(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && (text[0] == '\'' || FormulaTriggers.Contains(text[0], StringComparison.Ordinal));
    }

    /// <summary>A number cell: invariant culture, shortest round-trip form (<c>-3.5</c>, <c>1E-07</c>), empty for NaN (a missing value).</summary>
    /// <param name="value">A finite number, or NaN for a missing one.</param>
    /// <returns>The cell as written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is infinite: no file of this library holds infinities.</exception>
    public static string Number(double value)
    {
        if (double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An infinite value cannot be written to a CSV cell.");
        }

        return double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A number cell formatted with an invariant-culture format string (e.g. <c>"0.00"</c>); empty for NaN.</summary>
    /// <param name="value">A finite number, or NaN for a missing one.</param>
    /// <param name="format">A standard or custom numeric format string.</param>
    /// <returns>The cell as written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is infinite.</exception>
    public static string Number(double value, string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An infinite value cannot be written to a CSV cell.");
        }

        return double.IsNaN(value) ? string.Empty : Quote(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>An integer cell in invariant culture (<c>-12</c>).</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The cell as written.</returns>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The field quoted as RFC 4180 requires (in double quotes, inner quotes doubled) when it holds a
    /// comma, quote or line break; otherwise unchanged. No neutralisation: for text use <see cref="Text"/>.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <returns>The field as written between separators.</returns>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
