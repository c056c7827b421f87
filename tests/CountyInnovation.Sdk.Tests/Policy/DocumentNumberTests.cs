using CountyInnovation.Sdk.Policy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Policy;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("冀政办字〔2019〕9号", "冀政办字", 2019, 9)]
    [InlineData("冀办发〔2016〕65号", "冀办发", 2016, 65)]
    [InlineData("冀政办字〔2020〕52号", "冀政办字", 2020, 52)]
    [InlineData("国发〔2015〕12345号", "国发", 2015, 12345)]
    public void Parses_canonical_numbers(string text, string issuer, int year, int serial)
    {
        var number = DocumentNumber.Parse(text);
        Assert.Equal(issuer, number.IssuerCode);
        Assert.Equal(year, number.Year);
        Assert.Equal(serial, number.Serial);
        Assert.Equal(text, number.ToString());
        Assert.Equal(DocumentNumber.From(issuer, year, serial), number);
    }

    [Theory]
    [InlineData("冀政办字[2019]9号", "'[' and ']'")]
    [InlineData("冀政办字［2019］9号", "'［' and '］'")]
    [InlineData("冀政办字（2019）9号", "'（' and '）'")]
    [InlineData("冀政办字(2019)9号", "'(' and ')'")]
    [InlineData("冀政办字【2019】9号", "'【' and '】'")]
    [InlineData("冀政办字〔２０１９〕９号", "full-width digits")]
    [InlineData("冀政办字 〔2019〕 9号", "spaces")]
    [InlineData("冀政办字〔2019〕9", "does not end with 号")]
    [InlineData("冀政办字[2019]9", "'[' and ']'")]
    public void Mis_typed_numbers_are_rejected_with_the_canonical_suggestion(string text, string said)
    {
        Assert.False(DocumentNumber.TryParse(text, out _, out var problem, out var suggestion));
        Assert.Equal("冀政办字〔2019〕9号", suggestion);
        Assert.Contains(said, problem, StringComparison.Ordinal);
        Assert.Contains("Did you mean '冀政办字〔2019〕9号'?", problem, StringComparison.Ordinal);

        var e = Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));
        Assert.Equal(suggestion, e.Suggestion);
        Assert.Equal(text, e.Input);
        Assert.Equal(problem, e.Message);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("冀政办字2019年9号", "no year in 〔〕")]
    [InlineData("〔2019〕9号", "issuer code before 〔 is missing")]
    [InlineData("HB〔2019〕9号", "Chinese characters")]
    [InlineData("冀政办字〔19〕9号", "four digits")]
    [InlineData("冀政办字〔1850〕9号", "outside 1900..2099")]
    [InlineData("冀政办字〔2019〕号", "serial number between 〕 and 号 is missing")]
    [InlineData("冀政办字〔2019〕09号", "must not start with 0")]
    [InlineData("冀政办字〔2019〕9号文", "does not end with 号")]
    [InlineData("冀政办字〔2019〕九号", "whole number")]
    [InlineData("冀政办字〔2019", "not closed with 〕")]
    public void Malformed_numbers_say_what_is_wrong_and_suggest_nothing(string text, string said)
    {
        Assert.False(DocumentNumber.TryParse(text, out _, out var problem, out var suggestion));
        Assert.Null(suggestion);
        Assert.Contains(said, problem, StringComparison.Ordinal);
        Assert.Throws<DocumentNumberFormatException>(() => DocumentNumber.Parse(text));
    }

    [Theory]
    [InlineData("", 2019, 9)]
    [InlineData("ab", 2019, 9)]
    [InlineData("冀政办字", 1800, 9)]
    [InlineData("冀政办字", 2019, 0)]
    public void From_rejects_invalid_parts(string issuer, int year, int serial) =>
        Assert.ThrowsAny<ArgumentException>(() => DocumentNumber.From(issuer, year, serial));

    [Fact]
    public void Orders_by_issuer_then_year_then_serial()
    {
        var a = DocumentNumber.Parse("冀政办字〔2019〕9号");
        var b = DocumentNumber.Parse("冀政办字〔2020〕52号");
        var c = DocumentNumber.Parse("冀政办字〔2020〕9号");
        Assert.True(a < b);
        Assert.True(c < b);
        Assert.True(a < c);
    }

    private static readonly string[] Issuers = ["冀政办字", "冀办发", "国发", "冀政字", "国办发"];

    private static Arbitrary<DocumentNumber> Numbers =>
        (from issuer in Gen.Elements(Issuers)
         from year in Gen.Choose(1900, 2099)
         from serial in Gen.Choose(1, 99999)
         select DocumentNumber.From(issuer, year, serial)).ToArbitrary();

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(Numbers, n => DocumentNumber.Parse(n.ToString()) == n);

    [Property]
    public Property Ascii_brackets_always_suggest_the_canonical_form() =>
        Prop.ForAll(Numbers, n =>
        {
            var typo = n.ToString().Replace('〔', '[').Replace('〕', ']');
            return !DocumentNumber.TryParse(typo, out _, out _, out var suggestion) && suggestion == n.ToString();
        });

    [Property]
    public Property Equality_agrees_with_text_equality() =>
        Prop.ForAll(Numbers, Numbers, (a, b) => (a == b) == (a.ToString() == b.ToString()) && (a.CompareTo(b) == 0) == (a == b));
}
