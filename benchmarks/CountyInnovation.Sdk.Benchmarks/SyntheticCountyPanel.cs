using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// A seeded synthetic panel of any number of county-level units with the Hebei framework's 17
/// indicators for 2022–2023: a latent strength per county plus noise, scaled to each indicator's
/// goalposts, about 3 % of cells missing. Codes are valid GB/T 2260 county codes spread over the
/// provinces (so 2,844 units look like China's county-level divisions); names say "synthetic".
/// </summary>
internal static class SyntheticCountyPanel
{
    private static readonly int[] Provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    public static Panel Create(int counties, int seed)
    {
        var framework = HebeiFramework.Default;
        var cities = new Dictionary<int, PrefectureCity>();
        var list = new County[counties];
        for (var i = 0; i < counties; i++)
        {
            var province = Provinces[i % Provinces.Length];
            var rest = i / Provinces.Length;
            // Ten cities per province, up to 99 counties each, then further cities.
            var city = 1 + (rest % 10) + (10 * (rest / 990));
            var county = 1 + (rest / 10 % 99);
            var cityCode = (province * 10000) + (city * 100);
            if (!cities.TryGetValue(cityCode, out var prefecture))
            {
                prefecture = PrefectureCity.Create(cityCode, $"合成市{cityCode}", $"Synthetic city {cityCode}");
                cities.Add(cityCode, prefecture);
            }

            list[i] = County.Create(CountyCode.From(cityCode + county), $"合成县{i + 1}", prefecture);
        }

        var indicators = framework.Indicators;
        int[] years = [2022, 2023];
        var random = new Random(seed);
        var strength = new double[counties];
        for (var c = 0; c < counties; c++)
        {
            strength[c] = random.NextDouble();
        }

        // Panel.Create's layout: values[((indicator · years) + year) · counties + county].
        var values = new double[indicators.Length * years.Length * counties];
        for (var i = 0; i < indicators.Length; i++)
        {
            var upper = indicators[i].Goalposts?.Upper ?? 100;
            for (var y = 0; y < years.Length; y++)
            {
                for (var c = 0; c < counties; c++)
                {
                    var v = upper * Math.Clamp((0.6 * strength[c]) + (0.5 * random.NextDouble()) + (0.03 * y), 0.02, 1.3);
                    values[(((i * years.Length) + y) * counties) + c] = random.NextDouble() < 0.03 ? double.NaN : v;
                }
            }
        }

        return Panel.Create(PanelMetadata.Create($"synthetic-{counties}-counties", isSynthetic: true), list, years, indicators.Select(i => i.Code), values);
    }
}
