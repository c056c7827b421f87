using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The year an evaluation is published for (评价年度). Evaluation year N uses the statistics of
/// year N−1, its <see cref="DataYear"/> (数据年度): the "2021 evaluation" ranks counties on 2020
/// data. Both are shown wherever a result is shown, since confusing them shifts every comparison by
/// one year.
/// </summary>
/// <remarks>
/// Data sets that are not the Hebei bulletin (COINr's ASEM index, a yearly survey) often name an
/// evaluation by its data year: <see cref="SameAsData"/> makes such a year, whose
/// <see cref="DataYear"/> is the year itself. Results still show both terms.
/// </remarks>
public readonly struct EvaluationYear : IEquatable<EvaluationYear>, IComparable<EvaluationYear>
{
    /// <summary>The earliest evaluation year accepted.</summary>
    public const int MinValue = 1950;

    /// <summary>The latest evaluation year accepted.</summary>
    public const int MaxValue = 9999;

    private readonly bool sameAsData;

    private EvaluationYear(int value, bool sameAsData = false)
    {
        Value = value;
        this.sameAsData = sameAsData;
    }

    /// <summary>Whether the evaluation year is its data year (<see cref="SameAsData"/>) rather than the year after it.</summary>
    public bool IsDataYear => sameAsData;

    /// <summary>The evaluation year, for example 2021.</summary>
    public int Value { get; }

    /// <summary>The year whose statistics the evaluation uses: <see cref="Value"/> − 1 (or <see cref="Value"/> itself for a year made by <see cref="SameAsData"/>).</summary>
    public int DataYear => sameAsData ? Value : Value - 1;

    /// <summary>The evaluation year <paramref name="year"/> that uses the statistics of the same year (for data sets that name an evaluation by its data year).</summary>
    /// <param name="year">The year, from <see cref="MinValue"/> to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static EvaluationYear SameAsData(int year) => new(Of(year).Value, sameAsData: true);

    /// <summary>The same year under the other convention: <see cref="SameAsData"/> when <paramref name="sameAsData"/>, the Hebei convention (data of the year before) otherwise.</summary>
    /// <param name="year">The evaluation year.</param>
    /// <param name="sameAsData">Whether the evaluation year is the data year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static EvaluationYear Of(int year, bool sameAsData) => sameAsData ? SameAsData(year) : Of(year);

    /// <summary>The evaluation year <paramref name="year"/>.</summary>
    /// <param name="year">The evaluation year, from <see cref="MinValue"/> to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static EvaluationYear Of(int year)
    {
        if (year is < MinValue or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"An evaluation year lies between {MinValue} and {MaxValue}.");
        }

        return new EvaluationYear(year);
    }

    /// <summary>The evaluation year that uses the statistics of <paramref name="dataYear"/>: <paramref name="dataYear"/> + 1.</summary>
    /// <param name="dataYear">The data year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resulting evaluation year is out of range.</exception>
    public static EvaluationYear ForDataYear(int dataYear) =>
        dataYear is < MinValue - 1 or > MaxValue - 1
            ? throw new ArgumentOutOfRangeException(nameof(dataYear), dataYear, $"A data year lies between {MinValue - 1} and {MaxValue - 1}.")
            : new EvaluationYear(dataYear + 1);

    /// <summary>Parses a four-digit evaluation year such as <c>2021</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text is not a year in range.</exception>
    public static EvaluationYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not an evaluation year ({MinValue}–{MaxValue}).");

    /// <summary>Parses a four-digit evaluation year such as <c>2021</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year parsed.</param>
    /// <returns>Whether the text is an evaluation year in range.</returns>
    public static bool TryParse(string? text, out EvaluationYear year)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= MinValue and <= MaxValue)
        {
            year = new EvaluationYear(value);
            return true;
        }

        year = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(EvaluationYear other) => Value == other.Value && sameAsData == other.sameAsData;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EvaluationYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(EvaluationYear other) => Value.CompareTo(other.Value);

    /// <summary>Formats as the four-digit year, for example <c>2021</c>; <see cref="Parse"/> reads it back.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(EvaluationYear left, EvaluationYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EvaluationYear left, EvaluationYear right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(EvaluationYear left, EvaluationYear right) => left.Value < right.Value;

    /// <summary>Later than.</summary>
    public static bool operator >(EvaluationYear left, EvaluationYear right) => left.Value > right.Value;

    /// <summary>Not later than.</summary>
    public static bool operator <=(EvaluationYear left, EvaluationYear right) => left.Value <= right.Value;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(EvaluationYear left, EvaluationYear right) => left.Value >= right.Value;
}
