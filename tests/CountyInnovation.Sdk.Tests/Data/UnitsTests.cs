using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Data;

/// <summary>Any units: opaque identifiers, units files, other groupings, and no county dropped silently (unlisted units only by explicit choice).</summary>
public class UnitsTests
{
    [Fact]
    public void Opaque_codes_are_identifiers_that_order_after_gbt_codes()
    {
        var aut = CountyCode.Opaque("AUT");
        Assert.True(aut.IsOpaque);
        Assert.Equal("AUT", aut.ToString());
        Assert.Equal(aut, CountyCode.ParseUnit(" AUT "));
        Assert.NotEqual(aut, CountyCode.Opaque("aut"));
        Assert.True(CountyCode.Parse("130102") < aut);
        Assert.Equal(0, aut.Value);
        Assert.False(CountyCode.ParseUnit("130102").IsOpaque);
        Assert.Throws<FormatException>(() => CountyCode.Opaque("130102"));
        Assert.Throws<FormatException>(() => CountyCode.Opaque("A B"));
        Assert.Throws<FormatException>(() => CountyCode.Opaque(new string('x', CountyCode.MaxOpaqueLength + 1)));
        Assert.Throws<FormatException>(() => CountyCode.ParseUnit("130100")); // digits are never opaque: a city code is a mistake
    }

    [Property]
    public void Opaque_codes_equal_exactly_when_their_identifiers_do(NonEmptyString a, NonEmptyString b)
    {
        if (CountyCode.TryOpaque(a.Get, out var x) && CountyCode.TryOpaque(b.Get, out var y))
        {
            Assert.Equal(string.Equals(a.Get.Trim(), b.Get.Trim(), StringComparison.Ordinal), x == y);
            Assert.Equal(x == y, x.CompareTo(y) == 0);
            Assert.Equal(Math.Sign(x.CompareTo(y)), -Math.Sign(y.CompareTo(x)));
        }
    }

    [Fact]
    public void A_units_file_loads_other_provinces_and_country_codes_with_groupings()
    {
        const string text = "code,name,city,GDP_group\n320102,玄武区,南京市,L\n320104,秦淮区,南京市,M\nAUT,Austria,Europe,L\n";
        var units = UnitsCsvReader.Read(new StringReader(text), "units.csv");
        Assert.Equal(3, units.Counties.Length);
        var xuanwu = units.Find(CountyCode.Parse("320102"));
        Assert.Equal(320100, xuanwu.City.Code);
        Assert.Equal("L", xuanwu.Groupings["GDP_group"]);
        var aut = units.Find(CountyCode.Opaque("AUT"));
        Assert.Equal("Europe", aut.EvaluationGroup.NameZh);
        Assert.Equal(["city", "GDP_group"], units.GroupingNames.ToArray());
        var byGdp = units.GroupedBy("GDP_group");
        Assert.Equal("L", byGdp.Find(CountyCode.Opaque("AUT")).EvaluationGroup.NameZh);
        Assert.Equal("L", byGdp.Find(CountyCode.Parse("320102")).EvaluationGroup.NameZh);
        Assert.Throws<ArgumentException>(() => units.GroupedBy("Pop_group"));
    }

    [Theory]
    [InlineData("code,name\n13010,x\n", 2, 1)]
    [InlineData("code,name\nAUT,Austria\nAUT,Again\n", 3, 1)]
    [InlineData("code,name,city\nAUT,,Europe\n", 2, 2)]
    [InlineData("code,name,city\nAUT,Austria,\n", 2, 3)]
    [InlineData("code\nAUT\n", 1, null)]
    public void Bad_units_files_are_refused_with_the_place(string text, int line, int? column)
    {
        var e = Assert.Throws<InvalidInputException>(() => UnitsCsvReader.Read(new StringReader(text), "units.csv"));
        Assert.Contains(e.Problems, p => p.Location.Line == line && p.Location.Column == column);
    }

    [Fact]
    public void Data_with_country_codes_load_against_a_units_file_and_evaluate()
    {
        var units = UnitsCsvReader.Read(new StringReader("code,name,region\nAUT,Austria,EU\nBEL,Belgium,EU\nCHN,China,Asia\nJPN,Japan,Asia\n"), "units.csv").GroupedBy("region");
        var data = "county_code,year,a,b,c\nAUT,2020,1,4,5\nBEL,2020,2,3,5\nCHN,2020,3,2,15\nJPN,2020,4,1,25\n";
        var panel = PanelCsvReader.Read(new StringReader(data), "data.csv", counties: units);
        var result = EvaluationPipeline.Evaluate(panel, Evaluation.SmallPanels.Framework(), MethodConfiguration.Default.WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100))).WithImputation(), EvaluationYear.SameAsData(2020));
        Assert.Equal(["EU", "Asia"], result.Cities.Select(c => c.City).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(100, result.Find("JPN")!.Score!.Value, 9);
        Assert.Equal(2020, result.DataYear);
        Assert.Contains("2020 evaluation (2020 data", result.ToString(), StringComparison.Ordinal);

        var unknown = Assert.Throws<InvalidInputException>(() => PanelCsvReader.Read(new StringReader(data.Replace("JPN", "JPX", StringComparison.Ordinal)), "data.csv", counties: units));
        Assert.Contains(unknown.Problems, p => p.Location.Line == 5 && p.Message.Contains("units of the list", StringComparison.Ordinal));
    }

    /// <summary>Issue #12 item 6: a mistyped code with a real county's name never replaces the real county, even with unlisted units allowed.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_mistyped_code_with_a_listed_name_is_refused(bool allowUnlisted)
    {
        // 130123 正定县 mistyped as 130198.
        const string data = "county_code,county_name,year,X01\n130198,正定县,2020,1\n";
        var e = Assert.Throws<InvalidInputException>(() => PanelCsvReader.Read(new StringReader(data), "data.csv", allowUnlistedCounties: allowUnlisted));
        var problem = Assert.Single(e.Problems, p => p.Location.Line == 2);
        Assert.Contains("130123", problem.Message, StringComparison.Ordinal);
        Assert.Contains("mistyped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlisted_counties_are_refused_unless_allowed_and_then_reported()
    {
        const string data = "county_code,county_name,city,year,X01\n130123,正定县,石家庄市,2020,1\n139901,新县,新城市,2020,2\n";
        var refused = Assert.Throws<InvalidInputException>(() => PanelCsvReader.Read(new StringReader(data), "data.csv"));
        Assert.Contains(refused.Problems, p => p.Location.Line == 3 && p.Message.Contains("allow unlisted units explicitly", StringComparison.Ordinal));

        var panel = PanelCsvReader.Read(new StringReader(data), "data.csv", allowUnlistedCounties: true);
        var coverage = UnitCoverage.Of(panel, HebeiCounties.Directory, 2020);
        Assert.Equal("139901", Assert.Single(coverage.Unlisted).Code.ToString());
        Assert.Equal(166, coverage.Absent.Length);
        var notes = coverage.Notes();
        Assert.Contains(notes, n => n.Contains("139901 新县 (新城市)", StringComparison.Ordinal) && n.Contains("allowed explicitly", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("166 listed unit(s) without data for 2020", StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_of_an_unknown_city_keeps_its_city_in_the_summaries()
    {
        var counties = new[] { HebeiCounties.All[0], County.Create(CountyCode.Parse("139901"), "新县", PrefectureCity.Create(139900, "新城市", "Xincheng")) };
        var panel = Evaluation.SmallPanels.OneYear(counties, ("a", [1, 2]), ("b", [2, 1]), ("c", [1, 2]));
        var result = EvaluationPipeline.Evaluate(panel, Evaluation.SmallPanels.Framework(), MethodConfiguration.Default.WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100))).WithImputation(), EvaluationYear.Of(2021));
        Assert.Contains(result.Cities, c => c.City == "新城市" && c.CountyCount == 1);
    }

    [Fact]
    public void Evaluation_years_say_which_data_year_they_use()
    {
        Assert.Equal(2020, EvaluationYear.Of(2021).DataYear);
        Assert.Equal(2021, EvaluationYear.SameAsData(2021).DataYear);
        Assert.True(EvaluationYear.Of(2021, sameAsData: true).IsDataYear);
        Assert.NotEqual(EvaluationYear.Of(2021), EvaluationYear.SameAsData(2021));
    }
}
