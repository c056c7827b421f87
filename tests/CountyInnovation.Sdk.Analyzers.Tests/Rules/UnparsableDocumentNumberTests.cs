using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using CountyInnovation.Sdk.CodeFixes;
using Fix = CountyInnovation.Sdk.Analyzers.Tests.Verification.CodeFixVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.UnparsableDocumentNumberUnderTest, CountyInnovation.Sdk.CodeFixes.DocumentNumberCodeFixProvider>;
using Verify = CountyInnovation.Sdk.Analyzers.Tests.Verification.AnalyzerVerifier<CountyInnovation.Sdk.Analyzers.Tests.Verification.UnparsableDocumentNumberUnderTest>;

namespace CountyInnovation.Sdk.Analyzers.Tests.Rules;

public sealed class UnparsableDocumentNumberTests
{
    [Fact]
    public async Task Mis_typed_brackets_are_reported_with_the_run_time_message()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C { object M() => DocumentNumber.Parse({|#0:"冀政办字[2019]9号"|}); }
            """;
        await Verify.VerifyAsync(source, Verify.Diagnostic().WithLocation(0).WithArguments(RunTimeMessage("冀政办字[2019]9号")));
    }

    [Fact]
    public async Task Hopeless_text_is_reported_without_a_fix()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C { object M() => DocumentNumber.Parse({|#0:"2019年第9号"|}); }
            """;

        var test = new CodeFixVerifier<UnparsableDocumentNumberUnderTest, DocumentNumberCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = source,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(RunTimeMessage("2019年第9号")));
        await test.RunAsync();
    }

    [Fact]
    public async Task Canonical_numbers_and_non_constants_are_not_reported()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                void M(string text)
                {
                    _ = DocumentNumber.Parse("冀政办字〔2019〕9号");
                    _ = DocumentNumber.Parse("冀办发〔2016〕65号");
                    _ = DocumentNumber.Parse(text);
                    _ = DocumentNumber.TryParse("冀政办字[2019]9号", out _);
                    _ = string.Concat("冀政办字[2019]9号");
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Invalid_constant_parts_given_to_From_are_reported_with_the_factorys_words()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                void M(int year)
                {
                    _ = DocumentNumber.From({|#0:"JZB"|}, 2019, 9);
                    _ = DocumentNumber.From("冀政办字", {|#1:1899|}, {|#2:0|});
                    _ = DocumentNumber.From("冀政办字", 2019, 9);
                    _ = DocumentNumber.From("冀政办字", year, 9);
                }
            }
            """;
        var issuer = Problem(() => CountyInnovation.Sdk.Policy.DocumentNumber.From("JZB", 2019, 9));
        var year = Problem(() => CountyInnovation.Sdk.Policy.DocumentNumber.From("冀政办字", 1899, 9));
        var serial = Problem(() => CountyInnovation.Sdk.Policy.DocumentNumber.From("冀政办字", 2019, 0));

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic().WithLocation(0).WithArguments(issuer),
            Verify.Diagnostic().WithLocation(1).WithArguments(year),
            Verify.Diagnostic().WithLocation(2).WithArguments(serial));
    }

    /// <summary>The factory's message without the " (Parameter …)" that ArgumentException appends.</summary>
    private static string Problem(Action create)
    {
        var message = Assert.ThrowsAny<ArgumentException>(create).Message;
        return message[..message.IndexOf(" (Parameter", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Fix_rewrites_each_mis_typing_in_the_canonical_form_and_fix_all_does_every_one()
    {
        const string source = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                DocumentNumber[] M() =>
                [
                    DocumentNumber.Parse({|#0:"冀政办字[2019]9号"|}),
                    DocumentNumber.Parse({|#1:"冀办发（2016）65号"|}),
                    DocumentNumber.Parse({|#2:"冀政办字［２０２０］52"|}),
                ];
            }
            """;
        const string fixedSource = """
            using CountyInnovation.Sdk.Policy;
            class C
            {
                DocumentNumber[] M() =>
                [
                    DocumentNumber.Parse("冀政办字〔2019〕9号"),
                    DocumentNumber.Parse("冀办发〔2016〕65号"),
                    DocumentNumber.Parse("冀政办字〔2020〕52号"),
                ];
            }
            """;

        await Fix.VerifyFixAsync(
            source,
            fixedSource,
            [
                Fix.Diagnostic().WithLocation(0).WithArguments(RunTimeMessage("冀政办字[2019]9号")),
                Fix.Diagnostic().WithLocation(1).WithArguments(RunTimeMessage("冀办发（2016）65号")),
                Fix.Diagnostic().WithLocation(2).WithArguments(RunTimeMessage("冀政办字［２０２０］52")),
            ],
            DocumentNumberCodeFixProvider.EquivalenceKey);
    }

    /// <summary>What DocumentNumber.Parse says at run time: the analyzer must say the same.</summary>
    private static string RunTimeMessage(string text) =>
        Assert.Throws<CountyInnovation.Sdk.Policy.DocumentNumberFormatException>(() => CountyInnovation.Sdk.Policy.DocumentNumber.Parse(text)).Message;
}
