using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>One imputed value (插补值) of an evaluation: which county, which indicator, the value filled in, how, and from which year(s).</summary>
public sealed class ImputationRecord : IEquatable<ImputationRecord>
{
    private ImputationRecord(string county, string indicator, double value, string method, int? sourceYear, int? secondSourceYear)
    {
        County = county;
        Indicator = indicator;
        Value = value;
        Method = method;
        SourceYear = sourceYear;
        SecondSourceYear = secondSourceYear;
    }

    /// <summary>The county code.</summary>
    public string County { get; }

    /// <summary>The indicator code.</summary>
    public string Indicator { get; }

    /// <summary>The value filled in (raw units).</summary>
    public double Value { get; }

    /// <summary>The imputation method's name.</summary>
    public string Method { get; }

    /// <summary>The year the value was taken from (carry-forward, interpolation), if any.</summary>
    public int? SourceYear { get; }

    /// <summary>The second year of an interpolation, if any.</summary>
    public int? SecondSourceYear { get; }

    /// <summary>Creates a record.</summary>
    /// <param name="county">The county code.</param>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="value">The finite value filled in.</param>
    /// <param name="method">The method name.</param>
    /// <param name="sourceYear">The source year, if any.</param>
    /// <param name="secondSourceYear">The second source year, if any.</param>
    public static ImputationRecord Of(string county, string indicator, double value, string method, int? sourceYear = null, int? secondSourceYear = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(county);
        ArgumentException.ThrowIfNullOrWhiteSpace(indicator);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An imputed value is finite.");
        }

        return new ImputationRecord(county, indicator, value, method, sourceYear, secondSourceYear);
    }

    /// <inheritdoc />
    public bool Equals(ImputationRecord? other) =>
        other is not null
        && string.Equals(County, other.County, StringComparison.Ordinal)
        && string.Equals(Indicator, other.Indicator, StringComparison.Ordinal)
        && Value.Equals(other.Value)
        && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && SourceYear == other.SourceYear
        && SecondSourceYear == other.SecondSourceYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImputationRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(County, Indicator, Value, Method, SourceYear, SecondSourceYear);

    /// <summary>Formats as <c>130123 X05 ← 1.5 (carry-forward from 2019)</c>.</summary>
    public override string ToString()
    {
        var source = (SourceYear, SecondSourceYear) switch
        {
            ({ } a, { } b) => $" from {a} and {b}",
            ({ } a, null) => $" from {a}",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{County} {Indicator} ← {Value:G6} ({Method}{source})");
    }
}
