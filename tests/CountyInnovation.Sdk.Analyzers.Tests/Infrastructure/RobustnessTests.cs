using CountyInnovation.Sdk.Analyzers.Tests.Verification;

namespace CountyInnovation.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Every analyzer over broken and unusual code: whatever the input, no analyzer throws (an exception
/// would surface as AD0001 in the consumer's build and, with warnings as errors, break it).
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Snippets =
    [
        // Incomplete invocations and missing arguments of SDK factories.
        """
        using CountyInnovation.Sdk; using CountyInnovation.Sdk.Policy; using CountyInnovation.Sdk.Counties;
        class C { void M() { var a = MeasureNumber.From(; var b = SectionNumber.From(); var c = Percentage.From(,); var d = Share.From(1,2,3); var e = CountyCode.Parse(); var f = DocumentNumber.Parse(null); } }
        """,
        // Syntax errors everywhere.
        """
        class { void M( { DateTime.Now. ; new Random(; Guid.NewGuid( } } }
        namespace ;;; public struct { default(
        """,
        // Top-level statements with SDK calls and clocks.
        """
        using System; using CountyInnovation.Sdk.Policy; using NodaTime;
        var m = MeasureNumber.From(29);
        var now = DateTime.Now;
        var clock = SystemClock.Instance;
        Console.WriteLine(m);
        MeasureNumber x = default;
        return;
        """,
        // Records, generics, dynamic, local functions, lambdas, pattern matching.
        """
        using System; using System.Collections.Generic; using CountyInnovation.Sdk; using CountyInnovation.Sdk.Policy;
        public record R(MeasureNumber Measure, Percentage P = default);
        public record struct S(int X) { public Share Y { get; init; } = Share.From(2); }
        public class G<T> where T : struct { public T Make() => default; public T New<U>() where U : T, new() => new U(); }
        public static class E
        {
            public static void M(dynamic d)
            {
                d.From(29); d.WithThing(1); var t = default(MeasureNumber?);
                Func<int, MeasureNumber> f = n => MeasureNumber.From(n);
                object o = 29; if (o is MeasureNumber { } q) { }
                Local(); static void Local() => Console.WriteLine(DateTime.UtcNow);
                var list = new List<double> { 0.5, 0.6 }; double[] w = [0.2, .. list];
                MeasureNumber[] array = new MeasureNumber[3]; _ = array;
            }
        }
        """,
        // Partial types spread over a file with unresolved bases and interfaces.
        """
        public partial class P : Missing.IInterface, CountyInnovation.Sdk.Scoring.INormalisation { }
        public partial class P { public double[] Normalise(double[] x) { var r = new System.Random(); return x; } }
        public partial class P { partial void Q(); }
        """,
        // Unusual constants: overflow, NaN, infinities, strings with odd characters, interpolation.
        """
        using CountyInnovation.Sdk; using CountyInnovation.Sdk.Policy; using CountyInnovation.Sdk.Counties;
        class C
        {
            const double NaN = double.NaN;
            void M()
            {
                _ = Percentage.From(NaN); _ = Share.From(double.PositiveInfinity); _ = MeasureNumber.From(int.MaxValue);
                _ = MeasureNumber.From(unchecked((int)4_000_000_000)); _ = CountyCode.Parse("\uD800"); _ = CountyCode.Parse($"{1}30102");
                _ = DocumentNumber.Parse("冀政办字〔"); _ = DocumentNumber.Parse(""); _ = DocumentNumber.Parse("〔〕号");
                _ = MeasureNumber.From((int)29.9); _ = SectionNumber.From(0 switch { _ => 9 });
            }
        }
        """,
        // Attributes, default parameter values, expression-bodied members, operators, indexers.
        """
        using System; using CountyInnovation.Sdk.Policy;
        [AttributeUsage(AttributeTargets.All)] public sealed class A(int n) : Attribute { }
        public struct V { public static V operator +(V a, V b) => default; public int this[int i] => i; }
        public class C { [A(29)] public void M(MeasureNumber m = default, DateTime d = default) { } public MeasureNumber P => new(); }
        """,
        // Self-referential and cyclic locals, half-written configurations, weights and targets.
        """
        using CountyInnovation.Sdk.Evaluation; using CountyInnovation.Sdk.Scoring.Weighting; using CountyInnovation.Sdk.Targets;
        using CountyInnovation.Sdk.Policy; using CountyInnovation.Sdk.Responsibility; using NodaTime;
        class C
        {
            void M()
            {
                var a = a.WithName("x");
                var b = c; var c = b;
                var d = MethodConfiguration.Default.WithLevels(LevelMethod.Of(MethodChoice.Of(), MethodChoice.Of(null!)));
                var e = MethodConfiguration.Default.WithNormalisation(MethodChoice.Of("min-max", ("lower", ), ("upper" 100)));
                var f = MethodConfiguration.Default.WithLevels([.. new LevelMethod[0]]).WithLevels();
                var g = FixedWeighting.Create([]); var h = FixedWeighting.Create(new double[] { 1, "x" });
                var i = QuantityTarget.Create(MeasureNumber.From(19), "", "", "", 1, "", "", Deadline.FromPhrase(null));
                var j = QuantityTarget.Create(default, "", "", "", 1, "", "", Deadline.On(new LocalDate(2026, 13, 40)));
                var k = TrackedTarget.Create("x", MeasureNumber.From(1), "t", k);
                var l = ResponsibleUnits.Get(); var m = ResponsibleUnits.Get(null); var n = ResponsibleUnits.Get("");
                var o = DoublingRule.From(2017, null, deadline: Deadline.Parse("2026-02-30").Date);
            }
        }
        """,
        // Empty file, only trivia, only a namespace.
        "",
        "// nothing but a comment\n#if NEVER\nclass X { void M() { DateTime.Now; } }\n#endif",
        "namespace N;",
    ];

    public static TheoryData<string> Sources { get; } = [.. Snippets];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task No_analyzer_throws(string source)
    {
        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(source);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Fact]
    public async Task No_analyzer_throws_on_all_sources_in_one_compilation()
    {
        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(Snippets);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");

        // The analyzers did run over the broken code: what is well-formed in it is still judged.
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "CIS0001");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "CIS0003");
    }

    [Fact]
    public void Every_rule_is_found()
    {
        Assert.Equal(12, AllAnalyzers.Instances.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).Distinct().Count());
    }
}
