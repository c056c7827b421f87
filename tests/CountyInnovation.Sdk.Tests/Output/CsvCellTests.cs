using System.Globalization;
using CountyInnovation.Sdk.Output;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Output;

public class CsvCellTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-3.5", "'-3.5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("平山县", "平山县")]
    [InlineData("a=b", "a=b")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "")]
    public void Text_cells_are_neutralised_and_quoted(string text, string expected) =>
        Assert.Equal(expected, CsvCell.Text(text));

    [Fact]
    public void Null_text_is_an_empty_cell() => Assert.Equal(string.Empty, CsvCell.Text(null));

    [Theory]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(-1e-7, "-1E-07")]
    [InlineData(12, "12")]
    public void Negative_numbers_written_as_numbers_stay_numbers(double value, string expected) =>
        Assert.Equal(expected, CsvCell.Number(value));

    [Fact]
    public void Number_forms()
    {
        Assert.Equal(string.Empty, CsvCell.Number(double.NaN));
        Assert.Equal("-12", CsvCell.Number(-12L));
        Assert.Equal("-1.50", CsvCell.Number(-1.5, "0.00"));
        Assert.Equal("\"1,234.50\"", CsvCell.Number(1234.5, "#,##0.00"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvCell.Number(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvCell.Number(double.NegativeInfinity, "0"));
    }

    [Property]
    public Property A_text_cell_never_begins_with_a_formula_trigger() =>
        Prop.ForAll(HostileText().ToArbitrary(), text =>
        {
            var cell = Unquote(CsvCell.Text(text));
            return cell.Length == 0 || !CsvCell.FormulaTriggers.Contains(cell[0], StringComparison.Ordinal);
        });

    [Property]
    public Property Restore_gives_back_every_text() =>
        Prop.ForAll(HostileText().ToArbitrary(), text => CsvCell.Restore(CsvCell.Neutralise(text)) == text);

    [Property]
    public Property Neutralising_changes_only_texts_that_need_it() =>
        Prop.ForAll(HostileText().ToArbitrary(), text =>
            (CsvCell.Neutralise(text) == text) == !CsvCell.NeedsNeutralising(text));

    [Property]
    public Property Numbers_read_back_as_the_same_number() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite).ToArbitrary(), value =>
            double.Parse(CsvCell.Number(value), NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value));

    [Property]
    public Property A_quoted_field_parses_back_to_its_text() =>
        Prop.ForAll(HostileText().ToArbitrary(), text => Unquote(CsvCell.Quote(text)) == text);

    /// <summary>Texts rich in the characters that matter here.</summary>
    internal static Gen<string> HostileText() =>
        Gen.Elements('=', '+', '-', '@', '\t', '\r', '\n', '\'', '"', ',', '|', 'a', '1', '.', ' ', '县', '<', '>', '&', '`', '#', '[', ']', '(', ')', '\u2028', '\u0085', '\0')
            .ArrayOf()
            .Select(chars => new string(chars));

    /// <summary>The text of one RFC 4180 field as written by <see cref="CsvCell.Quote"/>.</summary>
    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;
}
