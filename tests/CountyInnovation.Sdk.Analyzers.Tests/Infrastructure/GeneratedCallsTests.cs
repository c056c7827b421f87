using System.Globalization;
using CountyInnovation.Sdk.Analyzers.Tests.Verification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis.CSharp;

namespace CountyInnovation.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Every rule over generated SDK calls whose constant arguments are of every kind: strings with
/// Unicode digits (full-width, Arabic-Indic, Devanagari), odd whitespace, lone and paired surrogates,
/// the policy's own characters; numbers at the edges (NaN, infinities, extremes, 0, -0). Whatever the
/// constants, no rule throws.
/// </summary>
public sealed class GeneratedCallsTests
{
    // {s} is a string constant, {i} an int, {d} a double; each hole gets its own generated value.
    private static readonly string[] Templates =
    [
        "MeasureNumber.From({i})",
        "SectionNumber.From({i})",
        "Percentage.From({d})",
        "Share.From({d})",
        "CountyCode.Parse({s})",
        "CountyCode.From({i})",
        "DocumentNumber.Parse({s})",
        "DocumentNumber.From({s}, {i}, {i})",
        "ResponsibleUnits.Get({s})",
        "FixedWeighting.Create(new double[] { {d}, {d} })",
        "FixedWeighting.Create([{d}, {d}, {d}])",
        "Deadline.FromPhrase({s})",
        "Deadline.Parse({s})",
        "new LocalDate({i}, {i}, {i})",
        "new LocalDate(day: {i}, month: {i}, year: {i})",
        "QuantityTarget.Create(MeasureNumber.From({i}), {s}, {s}, {s}, 1, {s}, {s}, Deadline.FromPhrase({s}))",
        "QuantityTarget.Create(MeasureNumber.From(19), \"x\", \"x\", \"x\", 1, \"x\", \"x\", Deadline.Parse({s}))",
        "QuantityTarget.Create(MeasureNumber.From(19), \"x\", \"x\", \"x\", 1, \"x\", \"x\", Deadline.On(new LocalDate({i}, {i}, {i})))",
        "TrackedTarget.Create({s}, MeasureNumber.From(19), {s}, YearlyRiseRule.For({i}, {i}))",
        "TrackedTarget.Create({s}, MeasureNumber.From(19), {s}, NumericRule.For(NumericGoal.Reach({d}, new LocalDate({i}, 12, 31))))",
        "PlanHorizon.From(new LocalDate(2019, 1, 1), new LocalDate({i}, {i}, {i}))",
        "MethodConfiguration.Default.WithNormalisation(MethodChoice.Of({s}, ({s}, {d}))).WithLevels([LevelMethod.Of(MethodChoice.Of({s}, ({s}, {d})))])",
        "MethodConfiguration.Default.WithNormalisation(MethodChoice.Of(\"min-max\", (\"lower\", {d}))).WithLevels([LevelMethod.Of(MethodChoice.Of(\"generalised-mean\", (\"p\", {d})))])",
        "MethodParameters.Empty.With({s}, {d})",
    ];

    private static readonly char[] Interesting =
    [
        '0', '1', '2', '5', '9', '２', '０', '５', '٢', '٠', '٥', '२', '०', '５', '\uD835', '\uDFD0',
        '年', '底', '前', '到', '〔', '〕', '号', '[', ']', '（', '）', '-', '冀', '政', '字',
        ' ', '\t', '\n', '\u00A0', '\u3000', '\u2028', '\u200B', '\uFEFF',
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '"', '\\', '{', '}', '\0', 'a', 'Z', 'é',
    ];

    private static readonly string[] Seeds =
    [
        "到２０２５年", "２０２５年底前", "到٢٠٢٥年", "२०२५年底前", "２０２５-１２-３１", "2025-12-31", "到2026年", "到2025年",
        "冀政办字〔２０１９〕１号", "冀政办字〔2019〕1号", "１３０１０２", "130102", "县科技局", "\uD83D\uDE00", "\uD800", "",
        "min-max", "geometric", "lower", "p", "weights",
    ];

    private static Gen<string> Strings =>
        Gen.OneOf(
            Gen.Elements(Seeds),
            Gen.Elements(Interesting).ArrayOf().Select(chars => new string(chars)),
            Gen.Elements(Seeds).Two().Select(pair => pair.Item1 + pair.Item2),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    private static Gen<int> Ints =>
        Gen.OneOf(
            Gen.Elements(int.MinValue, int.MaxValue, -1, 0, 1, 12, 13, 28, 29, 31, 32, 2018, 2019, 2025, 2026, 9999, 10000, 130102, 999999),
            ArbMap.Default.GeneratorFor<int>());

    private static Gen<double> Doubles =>
        Gen.OneOf(
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon,
                -0.0, 0, 1, 100, 100.0000001, 1e308, -1e308, 0.5),
            ArbMap.Default.GeneratorFor<double>());

    private static Gen<string> Literal(char kind) => kind switch
    {
        's' => Strings.Select(s => SymbolDisplay.FormatLiteral(s, quote: true)),
        'i' => Ints.Select(Int),
        _ => Doubles.Select(Double),
    };

    private static Gen<string> Call(string template)
    {
        var parts = template.Split('{', '}');
        var gens = new List<Gen<string>>();
        for (var i = 0; i < parts.Length; i++)
        {
            gens.Add(i % 2 == 0 || parts[i] is not ("s" or "i" or "d") ? Gen.Constant(i % 2 == 0 ? parts[i] : "{" + parts[i] + "}") : Literal(parts[i][0]));
        }

        return gens.Aggregate(Gen.Constant(string.Empty), (acc, next) => acc.SelectMany(a => next.Select(b => a + b)));
    }

    private static Gen<string> Source =>
        Templates.Select(Call).Aggregate(
            Gen.Constant(new List<string>()),
            (acc, next) => acc.SelectMany(list => next.Select(call => new List<string>(list) { call })))
        .Select(calls => Usings + "class Generated\n{\n    void M()\n    {\n"
            + string.Concat(calls.Select((call, i) => $"        var v{i} = {call};\n"))
            + string.Concat(calls.Select((call, i) => $"        {call};\n"))
            + "    }\n}\n");

    private const string Usings = """
        using CountyInnovation.Sdk;
        using CountyInnovation.Sdk.Counties;
        using CountyInnovation.Sdk.Evaluation;
        using CountyInnovation.Sdk.Policy;
        using CountyInnovation.Sdk.Responsibility;
        using CountyInnovation.Sdk.Scoring.Configuration;
        using CountyInnovation.Sdk.Scoring.Weighting;
        using CountyInnovation.Sdk.Targets;
        using NodaTime;

        """;

    private static string Int(int value) =>
        value == int.MinValue ? "int.MinValue" : value.ToString(CultureInfo.InvariantCulture);

    private static string Double(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    [Property(MaxTest = 40)]
    public FsCheck.Property No_rule_throws_on_generated_sdk_calls_with_constant_arguments() =>
        Prop.ForAll(Source.ToArbitrary(), source =>
        {
            var (diagnostics, exceptions) = AllAnalyzers.RunAsync(source).GetAwaiter().GetResult();
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        });

    [Theory]
    [InlineData("到２０２５年")]
    [InlineData("２０２５年底前")]
    [InlineData("到٢٠٢٦年")]
    [InlineData("２０２６-１２-３１")]
    public async Task Deadlines_with_non_ascii_digits_neither_crash_nor_silence_the_other_rules(string text)
    {
        var source = Usings + $$"""
            class C
            {
                QuantityTarget T() => QuantityTarget.Create(
                    MeasureNumber.From(29), "x", "x", "x", 1, "x", "x", Deadline.FromPhrase({{SymbolDisplay.FormatLiteral(text, quote: true)}}));

                QuantityTarget U() => QuantityTarget.Create(
                    MeasureNumber.From(29), "x", "x", "x", 1, "x", "x", Deadline.Parse({{SymbolDisplay.FormatLiteral(text, quote: true)}}));
            }
            """;

        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(source);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id is "AD0001" or "CIS0008");

        // The measure number of the same call is still judged.
        Assert.Equal(2, diagnostics.Count(diagnostic => diagnostic.Id == "CIS0001"));
    }
}
