using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Data;

public class PanelRoundTripTests
{
    private static readonly Gen<double> Values = Gen.OneOf(
        Gen.Constant(double.NaN),
        Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 7.0),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get),
        Gen.Elements(0.0, -0.0, 1e-300, 1e300, double.Epsilon, 0.1 + 0.2));

    private static readonly Gen<Panel> Panels =
        from countyCount in Gen.Choose(1, 8)
        from countyPick in Gen.Shuffle(Enumerable.Range(0, HebeiCounties.Count).ToArray())
        from firstYear in Gen.Choose(2015, 2022)
        from yearCount in Gen.Choose(1, 4)
        from indicatorCount in Gen.Choose(1, 5)
        from values in Gen.ArrayOf(Values, countyCount * yearCount * indicatorCount)
        from present in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), countyCount * yearCount)
        from synthetic in Gen.Elements(true, false)
        select Build(countyPick.Take(countyCount).Order().Select(i => HebeiCounties.All[i]).ToArray(), firstYear, yearCount, indicatorCount, values, present, synthetic);

    private static Panel Build(County[] counties, int firstYear, int yearCount, int indicatorCount, double[] values, bool[] present, bool synthetic)
    {
        var n = counties.Length;
        for (var i = 0; i < values.Length; i++)
        {
            var yc = i % (yearCount * n);
            if (!present[yc])
            {
                values[i] = double.NaN;
            }
        }

        // Every county present at least once, so it survives the trip (absent everywhere = no rows).
        for (var c = 0; c < n; c++)
        {
            present[c] = true;
        }

        var indicators = Enumerable.Range(0, indicatorCount).Select(i => IndicatorCode.Parse($"ind_{i}"));
        return Panel.Create(PanelMetadata.Create("generated", synthetic, synthetic ? ["SYNTHETIC test"] : []), counties, Enumerable.Range(firstYear, yearCount), indicators, values, present);
    }

    private static bool SameData(Panel a, Panel b)
    {
        if (!a.Counties.SequenceEqual(b.Counties) || !a.Indicators.SequenceEqual(b.Indicators) || a.IsSynthetic != b.IsSynthetic)
        {
            return false;
        }

        var presentYears = a.Years.Where((_, y) => a.Presence(y).ToArray().Any(p => p)).ToArray();
        if (!presentYears.SequenceEqual(b.Years))
        {
            return false;
        }

        foreach (var year in presentYears)
        {
            var ya = a.IndexOfYear(year);
            var yb = b.IndexOfYear(year);
            if (!a.Presence(ya).SequenceEqual(b.Presence(yb)))
            {
                return false;
            }

            for (var i = 0; i < a.Indicators.Length; i++)
            {
                var left = a.Column(i, ya).ToArray().Select(v => double.IsNaN(v) ? long.MinValue : BitConverter.DoubleToInt64Bits(v));
                var right = b.Column(i, yb).ToArray().Select(v => double.IsNaN(v) ? long.MinValue : BitConverter.DoubleToInt64Bits(v));
                if (!left.SequenceEqual(right))
                {
                    return false;
                }
            }
        }

        return a.MissingCells.Length == b.MissingCells.Length;
    }

    [Property(MaxTest = 150)]
    public Property Wide_csv_round_trips() =>
        Prop.ForAll(Panels.ToArbitrary(), panel =>
        {
            var writer = new StringWriter();
            PanelCsvWriter.WriteWide(panel, writer);
            return SameData(panel, PanelCsvReader.ReadWide(new StringReader(writer.ToString()), "w.csv"));
        });

    [Property(MaxTest = 150)]
    public Property Long_csv_round_trips() =>
        Prop.ForAll(Panels.ToArbitrary(), panel =>
        {
            var writer = new StringWriter();
            PanelCsvWriter.WriteLong(panel, writer);
            return SameData(panel, PanelCsvReader.Read(new StringReader(writer.ToString()), "l.csv"));
        });

    [Fact]
    public void The_sample_round_trips_through_the_long_form()
    {
        var sample = SamplePanel.Load();
        var writer = new StringWriter();
        PanelCsvWriter.WriteLong(sample, writer);
        Assert.True(SameData(sample, PanelCsvReader.ReadLong(new StringReader(writer.ToString()), "l.csv", HebeiFramework.Default)));
    }

    [Fact]
    public void Panel_create_checks_its_inputs()
    {
        var county = HebeiCounties.All[0];
        var metadata = PanelMetadata.Create("x", false);
        var code = IndicatorCode.Parse("a");
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county], [2020], [code], [1, 2]));
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county], [2020], [code], [double.PositiveInfinity]));
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county, county], [2020], [code], [1, 2]));
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county], [2021, 2020], [code], [1, 2]));
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county], [2020], [code], [1], [false]));
        Assert.Throws<ArgumentException>(() => Panel.Create(metadata, [county], [2020, 2021], [code], [1, 3], [true, false]));
        var panel = Panel.Create(metadata, [county], [2020, 2021], [code], [double.NaN, double.NaN], [true, false]);
        Assert.Equal(2020, Assert.Single(panel.MissingCells).Year);
        Assert.Equal(2021, Assert.Single(panel.AbsentCountyYears).Year);
        Assert.Equal(1, panel.PresentCount(2020));
        Assert.Equal(0, panel.PresentCount(2021));
    }

    [Fact]
    public void Panels_are_equal_bit_for_bit()
    {
        var county = HebeiCounties.All[0];
        var metadata = PanelMetadata.Create("x", false);
        Panel Make(params double[] values) => Panel.Create(metadata, [county], [2020, 2021], [IndicatorCode.Parse("a")], values);

        Assert.Equal(Make(1.5, double.NaN), Make(1.5, double.NaN));
        Assert.NotEqual(Make(1.5, double.NaN), Make(1.5, 2));
        Assert.NotEqual(Make(0.0, 1), Make(-0.0, 1));
        Assert.NotEqual(Make(1.5, 2), Panel.Create(PanelMetadata.Create("x", true), [county], [2020, 2021], [IndicatorCode.Parse("a")], [1.5, 2]));
    }
}
