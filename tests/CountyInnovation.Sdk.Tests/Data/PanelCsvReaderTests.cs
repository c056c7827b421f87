using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Tests.Data;

public class PanelCsvReaderTests
{
    private static readonly IndicatorCode Rd = IndicatorCode.Parse("rd_intensity");
    private static readonly IndicatorCode Ht = IndicatorCode.Parse("hitech_enterprises");

    private static Panel Wide(string text, IndicatorFramework? framework = null) => PanelCsvReader.ReadWide(new StringReader(text), "in.csv", framework);

    private static Panel Long(string text, IndicatorFramework? framework = null) => PanelCsvReader.ReadLong(new StringReader(text), "in.csv", framework);

    private static InvalidInputException WideFails(string text, IndicatorFramework? framework = null) =>
        Assert.Throws<InvalidInputException>(() => Wide(text, framework));

    private static InvalidInputException LongFails(string text) => Assert.Throws<InvalidInputException>(() => Long(text));

    [Fact]
    public void Reads_wide_data_into_columns_aligned_with_counties_ordered_by_code()
    {
        var panel = Wide("county_code,year,rd_intensity,hitech_enterprises\n130104,2021,1.5,12\n130102,2021,0.5,3\n130102,2022,0.75,4\n");
        Assert.Equal(["130102", "130104"], panel.Counties.Select(c => c.Code.ToString()));
        Assert.Equal([2021, 2022], panel.Years.ToArray());
        Assert.Equal([Rd, Ht], panel.Indicators.ToArray());
        Assert.Equal([0.5, 1.5], panel.Column(Rd, 2021).ToArray());
        Assert.Equal(4, panel.Value(CountyCode.Parse("130102"), Ht, 2022));
        Assert.False(panel.IsPresent(panel.IndexOf(CountyCode.Parse("130104")), 1));
        Assert.True(double.IsNaN(panel.Column(Rd, 2022)[1]));
        Assert.Equal([CountyYear.Of(CountyCode.Parse("130104"), 2022)], panel.AbsentCountyYears.ToArray());
        Assert.Empty(panel.MissingCells.ToArray());
        Assert.False(panel.IsSynthetic);
    }

    [Fact]
    public void Empty_cells_are_missing_values_reported_with_their_place_never_zero()
    {
        var panel = Wide("county_code,year,rd_intensity,hitech_enterprises\n130102,2021, ,3\n130104,2021,1.5,\n");
        Assert.True(double.IsNaN(panel.Value(CountyCode.Parse("130102"), Rd, 2021)));
        Assert.Equal(
            [MissingCell.Of(CountyCode.Parse("130102"), 2021, Rd, SourceLocation.Of("in.csv", 2, 3)), MissingCell.Of(CountyCode.Parse("130104"), 2021, Ht, SourceLocation.Of("in.csv", 3, 4))],
            panel.MissingCells.ToArray());
    }

    [Fact]
    public void Reads_quoted_fields_comments_and_the_synthetic_marker()
    {
        var panel = Wide("# SYNTHETIC test data\n# seed 1\ncounty_code,\"county_name\",city,year,rd_intensity\n\"130102\",长安区,石家庄市,2021,\"1.25\"\n");
        Assert.True(panel.IsSynthetic);
        Assert.Equal(["SYNTHETIC test data", "seed 1"], panel.Metadata.Comments.ToArray());
        Assert.Equal(1.25, panel.Value(CountyCode.Parse("130102"), Rd, 2021));
    }

    [Fact]
    public void Accepts_the_city_in_english_or_as_xiongan_for_its_counties()
    {
        var panel = Wide("county_code,city,year,rd_intensity\n130102,Shijiazhuang,2021,1\n130638,雄安新区,2021,2\n130629,保定市,2021,3\n");
        Assert.Equal(3, panel.Counties.Length);
    }

    [Theory]
    [InlineData("abc", "is not a number")]
    [InlineData("1,5", "fields but the header has")]
    [InlineData("NaN", "not a finite number")]
    [InlineData("Infinity", "not a finite number")]
    [InlineData("1e400", "not a finite number")]
    [InlineData("1 000", "is not a number")]
    public void Bad_values_name_file_line_and_column(string cell, string message)
    {
        var text = cell.Contains(',', StringComparison.Ordinal) ? $"county_code,year,rd_intensity\n130102,2021,{cell}\n" : $"county_code,year,rd_intensity\n130102,2021,{cell}\n";
        var problem = Assert.Single(WideFails(text).Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal("in.csv", problem.Location.Source);
        Assert.Equal(2, problem.Location.Line);
        Assert.NotNull(problem.Location.Column);
    }

    [Fact]
    public void A_non_numeric_cell_is_located_and_names_county_and_indicator()
    {
        var problem = Assert.Single(WideFails("county_code,year,rd_intensity,hitech_enterprises\n130102,2021,1.0,many\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 2, 4), problem.Location);
        Assert.Equal("130102", problem.County);
        Assert.Equal("hitech_enterprises", problem.Indicator);
    }

    [Fact]
    public void Unknown_indicators_are_reported_at_their_header_column_when_a_framework_is_given()
    {
        var problem = Assert.Single(WideFails("county_code,year,rd_intensity,gdp_growth\n130102,2021,1,2\n", HebeiFramework.Default).Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 1, 4), problem.Location);
        Assert.Contains("Unknown indicator 'gdp_growth'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_statistics_of_formulas_are_known_columns()
    {
        var panel = Wide("county_code,year,budget_exp\n130102,2021,100000\n", HebeiFramework.Default);
        Assert.Equal([IndicatorCode.Parse("budget_exp")], panel.Indicators.ToArray());
    }

    [Fact]
    public void Invalid_column_codes_are_reported()
    {
        var problem = Assert.Single(WideFails("county_code,year,研发强度\n130102,2021,1\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 1, 3), problem.Location);
    }

    [Fact]
    public void Duplicate_county_years_name_both_lines()
    {
        var problem = Assert.Single(WideFails("county_code,year,rd_intensity\n130102,2021,1\n130102,2021,2\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 3), problem.Location);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13010", "six ASCII digits")]
    [InlineData("990102", "not a GB/T 2260 province code")]
    [InlineData("130100", "city-level code")]
    [InlineData("130199", "Unknown county code 130199")]
    [InlineData("130171", "development zone")]
    [InlineData("110101", "Unknown county code")]
    public void Invalid_or_unknown_county_codes_are_reported_at_the_code_cell(string code, string message)
    {
        var problem = Assert.Single(WideFails($"county_code,year,rd_intensity\n{code},2021,1\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 2, 1), problem.Location);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlisted_counties_are_accepted_on_request_with_a_name()
    {
        var panel = PanelCsvReader.ReadWide(new StringReader("county_code,county_name,city,year,x\n110101,东城区,北京市,2021,1\n"), "in.csv", allowUnlistedCounties: true);
        var county = Assert.Single(panel.Counties);
        Assert.Equal("东城区", county.NameZh);
        Assert.Equal(110100, county.City.Code);
        Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadWide(new StringReader("county_code,year,x\n110101,2021,1\n"), "in.csv", allowUnlistedCounties: true));
    }

    [Fact]
    public void An_unlisted_county_of_a_known_city_is_averaged_with_that_city()
    {
        var known = HebeiCounties.Directory.Find(CountyCode.Parse("130102")).City;
        var panel = PanelCsvReader.ReadWide(new StringReader("county_code,county_name,city,year,x\n130199,新设区,,2021,1\n130102,,,2021,2\n"), "in.csv", allowUnlistedCounties: true);
        Assert.Equal(known, panel.Counties.Single(c => c.Code == CountyCode.Parse("130199")).City);
        Assert.Single(panel.Counties.Select(c => c.EvaluationGroup).Distinct());

        var problem = Assert.Single(Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadWide(
            new StringReader("county_code,county_name,city,year,x\n130199,新设区,唐山市,2021,1\n"), "in.csv", allowUnlistedCounties: true)).Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 2, 3), problem.Location);
        Assert.Contains("石家庄市", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unlisted_city_keeps_the_first_name_given_and_rejects_another()
    {
        var ex = Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadWide(
            new StringReader("county_code,county_name,city,year,x\n110101,东城区,北京市,2021,1\n110102,西城区,天津市,2021,1\n"), "in.csv", allowUnlistedCounties: true));
        Assert.Equal(SourceLocation.Of("in.csv", 3, 3), Assert.Single(ex.Problems).Location);
    }

    [Fact]
    public void The_cells_of_a_row_with_a_bad_key_are_still_checked()
    {
        var wide = WideFails("county_code,year,rd_intensity,hitech_enterprises\n13010,2021,abc,1\n130102,20x1,1,Inf\n");
        Assert.Equal(
            [SourceLocation.Of("in.csv", 2, 1), SourceLocation.Of("in.csv", 2, 3), SourceLocation.Of("in.csv", 3, 2), SourceLocation.Of("in.csv", 3, 4)],
            wide.Problems.Select(p => p.Location));
        Assert.Equal("hitech_enterprises", wide.Problems[3].Indicator);

        var longForm = LongFails("county_code,year,indicator,value\n130102,2021,bad code,abc\n13010,2021,rd_intensity,NaN\n");
        Assert.Equal(
            [SourceLocation.Of("in.csv", 2, 3), SourceLocation.Of("in.csv", 2, 4), SourceLocation.Of("in.csv", 3, 1), SourceLocation.Of("in.csv", 3, 4)],
            longForm.Problems.Select(p => p.Location));
    }

    [Fact]
    public void A_wide_header_without_indicator_columns_is_reported()
    {
        var problem = Assert.Single(WideFails("county_code,year,county_name\n130102,2021,长安区\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 1), problem.Location);
        Assert.Contains("no indicator columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_names_and_cities_are_reported()
    {
        var ex = WideFails("county_code,county_name,city,year,x\n130102,桥西区,石家庄市,2021,1\n130104,桥西区,唐山市,2021,1\n");
        Assert.Equal([SourceLocation.Of("in.csv", 2, 2), SourceLocation.Of("in.csv", 3, 3)], ex.Problems.Select(p => p.Location));
    }

    [Theory]
    [InlineData("20x1")]
    [InlineData("1800")]
    [InlineData("")]
    [InlineData("2021.0")]
    public void Invalid_years_are_reported(string year)
    {
        var problem = Assert.Single(WideFails($"county_code,year,x\n130102,{year},1\n").Problems);
        Assert.Equal(SourceLocation.Of("in.csv", 2, 2), problem.Location);
    }

    [Fact]
    public void Malformed_csv_is_reported_and_every_problem_is_collected()
    {
        var ex = WideFails("county_code,year,x,x\n130102,2021,1\"2,3\n130104,2021,\"1\"x,2\n130105,2021,1,2\n130107,2021,\"1,2\n");
        Assert.Equal(
            [SourceLocation.Of("in.csv", 1, 4), SourceLocation.Of("in.csv", 2, 3), SourceLocation.Of("in.csv", 3, 3), SourceLocation.Of("in.csv", 5, 3)],
            ex.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Missing_required_columns_and_empty_input_are_reported()
    {
        Assert.Contains("no 'year' column", Assert.Single(WideFails("county_code,x\n130102,1\n").Problems).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(WideFails("").Problems).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(WideFails("# only a comment\n").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_long_data_with_missing_observations_reported()
    {
        var panel = Long("county_code,year,indicator,value\n130102,2021,rd_intensity,1.5\n130102,2021,hitech_enterprises,\n130104,2021,rd_intensity,2\n");
        Assert.Equal([Rd, Ht], panel.Indicators.ToArray());
        Assert.Equal(2, panel.Value(CountyCode.Parse("130104"), Rd, 2021));
        Assert.Equal(
            [MissingCell.Of(CountyCode.Parse("130102"), 2021, Ht, SourceLocation.Of("in.csv", 3, 4)), MissingCell.Of(CountyCode.Parse("130104"), 2021, Ht, SourceLocation.Of("in.csv"))],
            panel.MissingCells.ToArray());
    }

    [Fact]
    public void Long_data_follows_the_framework_order_when_given()
    {
        var panel = Long("county_code,year,indicator,value\n130102,2021,hitech_enterprises,1\n130102,2021,fiscal_st_exp,2\n", HebeiFramework.Default);
        Assert.Equal(["fiscal_st_exp", "hitech_enterprises"], panel.Indicators.Select(i => i.Value));
    }

    [Fact]
    public void Long_data_errors_are_located()
    {
        var ex = LongFails("county_code,year,indicator,value,extra\n130102,2021,rd_intensity,1,\n130102,2021,rd_intensity,2,\n130102,2021,bad code,3,\n130102,2021,x,Inf,\n");
        Assert.Equal(
            [SourceLocation.Of("in.csv", 1, 5), SourceLocation.Of("in.csv", 3, 3), SourceLocation.Of("in.csv", 4, 3), SourceLocation.Of("in.csv", 5, 4)],
            ex.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Read_tells_the_forms_apart()
    {
        Assert.Equal([Rd], PanelCsvReader.Read(new StringReader("county_code,year,indicator,value\n130102,2021,rd_intensity,1\n"), "a").Indicators.ToArray());
        Assert.Equal([Rd], PanelCsvReader.Read(new StringReader("county_code,year,rd_intensity\n130102,2021,1\n"), "b").Indicators.ToArray());
    }

    [Fact]
    public void Read_file_names_the_path_in_problems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"panel-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "county_code,year,x\n130102,2021,oops\n");
        try
        {
            var ex = Assert.Throws<InvalidInputException>(() => PanelCsvReader.ReadFile(path));
            Assert.Equal(SourceLocation.Of(path, 2, 3), ex.First.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
