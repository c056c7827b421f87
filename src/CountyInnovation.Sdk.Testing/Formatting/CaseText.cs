using System.Collections;
using System.Globalization;

namespace CountyInnovation.Sdk.Testing.Formatting;

/// <summary>Short, culture-invariant text for counterexamples: numbers round-trip, NaN reads <c>NA</c>.</summary>
internal static class CaseText
{
    public static string Number(double value) => double.IsNaN(value) ? "NA" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Numbers(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(Number)) + "]";

    public static string Rows(IEnumerable<IEnumerable<double>> rows) => "[" + string.Join("; ", rows.Select(r => string.Join(", ", r.Select(Number)))) + "]";

    public static string Of(object? value) => value switch
    {
        null => "null",
        double d => Number(d),
        IEnumerable<double> doubles => Numbers(doubles),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
