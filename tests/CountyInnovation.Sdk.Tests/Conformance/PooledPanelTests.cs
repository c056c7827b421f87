using System.Globalization;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Normalisation;

namespace CountyInnovation.Sdk.Tests.Conformance;

/// <summary>
/// Pooled ("panel") min-max on COINr's artificial ASEM panel (iData_panel.csv, 2018–2022): min and max
/// over all years stacked, as COINr's <c>Normalise(purse, global = TRUE)</c> documents. No published
/// numbers exist for this data set, so the exact consequences of the definition are tested.
/// </summary>
public class PooledPanelTests
{
    private static Dictionary<int, double[]> ByYear(string indicator)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Conformance", "Data", "iData_panel.csv"));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        int time = header.IndexOf("Time"), col = header.IndexOf(indicator);
        return lines.Skip(1)
            .Select(l => l.Split(','))
            .GroupBy(f => int.Parse(f[time], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Select(f => AsemData.Number(f[col])).ToArray());
    }

    [Theory]
    [InlineData("LPI", Polarity.MoreIsBetter)]
    [InlineData("CO2", Polarity.LessIsBetter)]
    public void Pooled_min_max_spans_0_to_100_over_all_years_and_keeps_each_years_order(string indicator, Polarity polarity)
    {
        var years = ByYear(indicator);
        Assert.Equal(5, years.Count);
        var pooled = ColumnStatistics.Pooled(years.Values.Select(v => new ReadOnlyMemory<double>(v)));
        var context = NormalisationContext.For(polarity).WithReferenceStatistics(pooled);
        var m = MinMaxNormalisation.Create(0, 100);
        var all = new List<double>();
        foreach (var (_, x) in years)
        {
            var pooledScores = new double[x.Length];
            var ownScores = new double[x.Length];
            m.Normalise(x, context, pooledScores);
            m.Normalise(x, NormalisationContext.For(polarity), ownScores);
            all.AddRange(pooledScores.Where(v => !double.IsNaN(v)));
            Assert.Equal(Ranker.RankDescending(ownScores), Ranker.RankDescending(pooledScores));
        }

        Assert.Equal(0, all.Min(), 12);
        Assert.Equal(100, all.Max(), 12);
        Assert.Equal(pooled.Count, all.Count);
    }

    [Fact]
    public void The_2018_panel_rows_equal_the_single_year_data()
    {
        Assert.Equal(AsemData.Instance.Column("LPI"), ByYear("LPI")[2018]);
    }
}
