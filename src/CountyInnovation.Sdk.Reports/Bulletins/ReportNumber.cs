using System.Globalization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// Full-precision numbers without summation noise, for the machine-readable outputs (JSON, CSV,
/// workbook): a weighted sum of sub-scores that are all 100 can come out as 99.99999999999999, which
/// is 100 to 15 significant digits. Values are rounded to 15 significant digits (every digit a double
/// carries reliably) and written in their shortest round-trip form.
/// </summary>
internal static class ReportNumber
{
    /// <summary>The value rounded to 15 significant digits; non-finite values unchanged.</summary>
    public static double Clean(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    /// <summary>The cleaned value as invariant text (round-trip form); empty for null or non-finite.</summary>
    public static string Text(double? value) =>
        value is { } v && double.IsFinite(v) ? Clean(v).ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
