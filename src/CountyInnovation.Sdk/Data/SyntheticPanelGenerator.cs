using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Generates SYNTHETIC panel data (合成数据): a seeded, documented, deterministic model of county
/// innovation statistics for any indicator framework, used for the shipped sample
/// (<see cref="SamplePanel"/>), tests and benchmarks. It is not real data, and every panel it makes
/// says so (<see cref="Panel.IsSynthetic"/>).
/// </summary>
/// <remarks>
/// <para>Model (docs/sample-data.md has the details): each county has a latent innovation capacity
/// z = city effect (N(0, 0.35) per evaluation grouping) + kind bonus (district +0.25, county-level
/// city +0.15, 雄安新区 +0.2) + 0.85·N(0, 1). Each quantitative indicator's value relative to its
/// upper goalpost U is log-normal: ln(x/U) = m<sub>t</sub> + o<sub>i</sub> + s<sub>t</sub>·z + e<sub>ci</sub> + η<sub>cit</sub>,
/// with a persistent county-indicator effect e ~ N(0, σ<sub>i</sub>) (skewed, long-tailed values),
/// year noise η ~ N(0, 0.08), and a year level m<sub>t</sub> and spread s<sub>t</sub> calibrated so that
/// the Hebei default framework with goalpost normalisation, fixed weights and weighted arithmetic
/// means gives class counts close to the published ones. Growth-rate indicators are computed from
/// the generated series of their statistic (a year before the first is generated for them).
/// Qualitative scores follow the same model on their 0–100 scale with less noise. About 0.3 % of
/// quantitative cells are left missing and 0.2 % of amounts and counts are multiplied by 3–10
/// (outliers). Counties draw from their own random stream (seed and county code), so a county's
/// values do not depend on which other counties are generated.</para>
/// <para>Counties: up to 167, the first ones of <see cref="HebeiCounties.All"/>; more than 167,
/// code-generated units (<see cref="SyntheticCounties"/>).</para>
/// </remarks>
public sealed class SyntheticPanelGenerator : IEquatable<SyntheticPanelGenerator>
{
    /// <summary>The version of the model; it changes whenever the generated values would change.</summary>
    public const int Version = 1;

    /// <summary>The seed of the shipped sample: 20201016, the day the 2020 measures were issued.</summary>
    public const int DefaultSeed = 20201016;

    /// <summary>The first data year of the shipped sample.</summary>
    public const int DefaultFirstYear = 2018;

    /// <summary>The last data year of the shipped sample.</summary>
    public const int DefaultLastYear = 2023;

    /// <summary>The most units <see cref="SyntheticCounties"/> can code (30 provinces × 99 cities × 70 counties).</summary>
    public const int MaxCountyCount = 30 * 99 * 70;

    private const double YearNoise = 0.08;
    private const double LaggingShare = 0.3; // about Hebei's 45 former national poverty counties and other lagging ones
    private const double LaggingPenalty = 1.0;
    private const double TrendPerYear = 0.12; // year level change outside the calibrated years
    private const double MissingShare = 0.003;
    private const double OutlierShare = 0.002;

    // Calibrated year levels m_t and spreads s_t for data years 2018..2023 (see docs/sample-data.md);
    // other years extrapolate from the nearest one by TrendPerYear.
    private static readonly double[] YearLevel = [-0.71, -0.57, -0.47, -0.34, -0.20, -0.10];
    private static readonly double[] YearSpread = [0.44, 0.40, 0.46, 0.46, 0.36, 0.34];

    // Every province code but Hebei's 13: a synthetic unit must never take the code of a real Hebei
    // division, or the panel could not be read back against the Hebei county directory.
    private static readonly int[] Provinces = [11, 12, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    private readonly double[] yearLevel;
    private readonly double[] yearSpread;

    private SyntheticPanelGenerator(int seed, int countyCount, int firstYear, int lastYear, IndicatorFramework framework, double[] yearLevel, double[] yearSpread)
    {
        Seed = seed;
        CountyCount = countyCount;
        FirstYear = firstYear;
        LastYear = lastYear;
        Framework = framework;
        this.yearLevel = yearLevel;
        this.yearSpread = yearSpread;
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The number of counties generated.</summary>
    public int CountyCount { get; }

    /// <summary>The first data year.</summary>
    public int FirstYear { get; }

    /// <summary>The last data year.</summary>
    public int LastYear { get; }

    /// <summary>The framework whose indicators are generated.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed and settings give bit-identical panels.</param>
    /// <param name="countyCount">How many counties: 1–167 take Hebei's (in code order), more are code-generated, at most <see cref="MaxCountyCount"/>.</param>
    /// <param name="firstYear">The first data year.</param>
    /// <param name="lastYear">The last data year, not before <paramref name="firstYear"/>.</param>
    /// <param name="framework">The framework; <see cref="HebeiFramework.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or year is out of range.</exception>
    public static SyntheticPanelGenerator Create(int seed = DefaultSeed, int countyCount = HebeiCounties.Count, int firstYear = DefaultFirstYear, int lastYear = DefaultLastYear, IndicatorFramework? framework = null) =>
        Create(seed, countyCount, firstYear, lastYear, framework, YearLevel, YearSpread);

    /// <summary>Creates a generator with other year parameters (calibration).</summary>
    internal static SyntheticPanelGenerator Create(int seed, int countyCount, int firstYear, int lastYear, IndicatorFramework? framework, double[] levels, double[] spreads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countyCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countyCount, MaxCountyCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1951);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 2200);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
        return new SyntheticPanelGenerator(seed, countyCount, firstYear, lastYear, framework ?? HebeiFramework.Default, levels, spreads);
    }

    /// <summary>
    /// Code-generated synthetic units: province by province (11, 12, 14, … 65: never Hebei's 13, whose
    /// codes belong to real divisions), city by city (01–99),
    /// with up to 70 counties per city (county parts 01–70, so none looks like a development zone);
    /// names 合成县NNNNNN, cities 合成市PPCC.
    /// </summary>
    /// <param name="count">How many, 1 to <see cref="MaxCountyCount"/>.</param>
    public static ImmutableArray<County> SyntheticCounties(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCountyCount);
        var perCity = Math.Clamp((int)Math.Ceiling(count / (double)(Provinces.Length * 99)), 16, 70);
        var result = ImmutableArray.CreateBuilder<County>(count);
        PrefectureCity? city = null;
        for (var k = 0; k < count; k++)
        {
            var cityIndex = k / perCity;
            var cityCode = (Provinces[cityIndex / 99] * 10000) + (((cityIndex % 99) + 1) * 100);
            if (city?.Code != cityCode)
            {
                var label = (cityCode / 100).ToString(CultureInfo.InvariantCulture);
                city = PrefectureCity.Create(cityCode, "合成市" + label, "Synthetic city " + label);
            }

            var code = CountyCode.From(cityCode + (k % perCity) + 1);
            result.Add(County.Create(code, "合成县" + code, city, kind: CountyKind.Other));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Generates the panel (deterministic: same settings, same bits).</summary>
    public Panel Generate()
    {
        var counties = CountyCount <= HebeiCounties.Count ? HebeiCounties.All[..CountyCount] : SyntheticCounties(CountyCount);
        var indicators = Framework.Indicators;
        var years = LastYear - FirstYear + 1;
        var n = counties.Length;
        var values = new double[indicators.Length * years * n];
        var plans = indicators.Select(i => IndicatorPlan.For(i, Framework)).ToArray();
        var groupEffects = new Dictionary<PrefectureCity, double>();
        var generatedYears = years + 1; // one year before the first, for growth rates
        var series = new double[indicators.Length * generatedYears];
        var noise = new double[indicators.Length];
        var draws = new double[indicators.Length * generatedYears * 2];
        for (var c = 0; c < n; c++)
        {
            var county = counties[c];
            if (!groupEffects.TryGetValue(county.EvaluationGroup, out var groupEffect))
            {
                var groupRandom = new SyntheticRandom((ulong)Seed, 0x6C69747900000000UL ^ (ulong)(county.EvaluationGroup.Code ?? 999999));
                groupEffects[county.EvaluationGroup] = groupEffect = 0.35 * groupRandom.NextGaussian();
            }

            var random = new SyntheticRandom((ulong)Seed, (ulong)county.Code.Value);
            var z = groupEffect + KindBonus(county) + (0.85 * random.NextGaussian());
            if (random.NextDouble() < LaggingShare)
            {
                z -= LaggingPenalty;
            }

            for (var i = 0; i < indicators.Length; i++)
            {
                noise[i] = random.NextGaussian();
            }

            // Year-major draw order: a year's values do not depend on how many later years are generated.
            for (var k = 0; k < draws.Length; k += 2)
            {
                draws[k] = random.NextGaussian();
                draws[k + 1] = random.NextDouble();
            }

            for (var i = 0; i < indicators.Length; i++)
            {
                var plan = plans[i];
                if (plan.GrowthOf >= 0)
                {
                    continue;
                }

                for (var t = 0; t < generatedYears; t++)
                {
                    var year = FirstYear - 1 + t;
                    var (level, spread) = YearParameters(year);
                    var eta = YearNoise * draws[((t * indicators.Length) + i) * 2];
                    var logRatio = level + plan.Offset + (spread * plan.Loading * z) + (plan.Sigma * noise[i]) + (plan.NoiseScale * eta);
                    series[(i * generatedYears) + t] = plan.Value(Math.Exp(logRatio));
                }
            }

            // Amounts and counts first (with missing cells and outliers), then the growth rates of their series.
            foreach (var growth in (bool[])[false, true])
            {
                for (var i = 0; i < indicators.Length; i++)
                {
                    var plan = plans[i];
                    if ((plan.GrowthOf >= 0) != growth)
                    {
                        continue;
                    }

                    for (var t = 1; t < generatedYears; t++)
                    {
                        values[((((i * years) + (t - 1)) * n) + c)] = growth ? plan.GrowthRate(series, generatedYears, t) : plan.Observe(series, generatedYears, i, t, draws[(((t * indicators.Length) + i) * 2) + 1]);
                    }
                }
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        string[] comments =
        [
            string.Create(invariant, $"{PanelMetadata.SyntheticMarker} DATA: generated by CountyInnovation.Sdk SyntheticPanelGenerator version {Version}, seed {Seed}. These are NOT real statistics."),
            string.Create(invariant, $"Counties: {n} ({(CountyCount <= HebeiCounties.Count ? "Hebei county-level divisions, NBS 2023 codes" : "code-generated synthetic units")}); data years {FirstYear}-{LastYear}; framework {Framework.Root.Code}."),
            "Model: log-normal values around each indicator's goalposts with city effects, county capacity, yearly growth, ~0.3% missing cells and ~0.2% outliers; see docs/sample-data.md.",
        ];
        var metadata = PanelMetadata.Create(string.Create(invariant, $"synthetic(seed={Seed}, v{Version})"), isSynthetic: true, comments);
        return Panel.Create(metadata, counties, Enumerable.Range(FirstYear, years), indicators.Select(i => i.Code), values);
    }

    /// <inheritdoc />
    public bool Equals(SyntheticPanelGenerator? other) =>
        other is not null && Seed == other.Seed && CountyCount == other.CountyCount && FirstYear == other.FirstYear && LastYear == other.LastYear
        && Framework.Equals(other.Framework) && yearLevel.SequenceEqual(other.yearLevel) && yearSpread.SequenceEqual(other.yearSpread);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SyntheticPanelGenerator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Seed, CountyCount, FirstYear, LastYear, Framework);

    /// <summary>The settings.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SyntheticPanelGenerator v{Version}: seed {Seed}, {CountyCount} counties, {FirstYear}-{LastYear}, framework {Framework.Root.Code}");

    private static double KindBonus(County county) =>
        (county.Kind switch { CountyKind.District => 0.25, CountyKind.CountyLevelCity => 0.15, _ => 0.0 }) + (county.IsInXiongAn ? 0.2 : 0.0);

    private (double Level, double Spread) YearParameters(int year)
    {
        var k = year - DefaultFirstYear;
        if (k >= 0 && k < yearLevel.Length)
        {
            return (yearLevel[k], yearSpread[k]);
        }

        return k < 0 ? (yearLevel[0] + (TrendPerYear * k), yearSpread[0]) : (yearLevel[^1] + (TrendPerYear * (k - yearLevel.Length + 1)), yearSpread[^1]);
    }

    /// <summary>How one indicator is generated.</summary>
    private sealed class IndicatorPlan
    {
        private double lower;
        private double upper;
        private bool lessIsBetter;
        private bool bounded;
        private int decimals;

        public double Offset { get; private init; }

        public double Sigma { get; private init; } = 0.45;

        public double Loading { get; private init; } = 1;

        public double NoiseScale { get; private init; } = 1;

        public int GrowthOf { get; private init; } = -1;

        public bool MayBeMissing { get; private init; }

        public bool MayBeOutlier { get; private init; }

        public static IndicatorPlan For(Indicator indicator, IndicatorFramework framework)
        {
            var goalposts = indicator.Goalposts ?? Goalposts.Of(0, indicator.StandardValue is > 0 and var s ? s : 1);
            var unit = indicator.Unit;
            var count = unit is "个" or "件" or "家" or "人";
            var amount = unit is "万元" or "亿元" or "元";
            var qualitative = indicator.Kind == IndicatorKind.Qualitative;
            var growthOf = indicator.Formula is { Kind: FormulaKind.GrowthRate } f ? framework.IndexOf(f.Numerator) : -1;
            var isGrowthBase = framework.Indicators.Any(other => other.Formula is { Kind: FormulaKind.GrowthRate } g && g.Numerator == indicator.Code);
            return new IndicatorPlan
            {
                lower = goalposts.Lower,
                upper = goalposts.Upper,
                lessIsBetter = indicator.Direction == IndicatorDirection.LessIsBetter,
                bounded = qualitative,
                decimals = count ? 0 : amount || qualitative ? 1 : unit == "%" ? 2 : 3,
                Offset = qualitative ? 0.25 : OffsetOf(indicator.Code.Value),
                Sigma = qualitative ? 0.15 : count ? 0.6 : 0.45,
                Loading = qualitative ? 0.5 : 1,
                NoiseScale = qualitative ? 0.5 : 1,
                GrowthOf = growthOf,
                MayBeMissing = !qualitative && growthOf < 0,
                MayBeOutlier = (count || amount) && !isGrowthBase,
            };
        }

        public double Value(double ratio)
        {
            var value = lessIsBetter ? upper - (ratio * (upper - lower)) : lower + (ratio * (upper - lower));
            value = bounded ? Math.Clamp(value, lower, upper) : Math.Max(value, decimals == 0 ? 1 : 0);
            return Round(value);
        }

        /// <summary>The reported value of a generated series in year t: missing or an outlier for a few cells.</summary>
        public double Observe(double[] series, int generatedYears, int i, int t, double flag)
        {
            var value = series[(i * generatedYears) + t];
            if (MayBeMissing && flag < MissingShare)
            {
                series[(i * generatedYears) + t] = double.NaN;
                return double.NaN;
            }

            return MayBeOutlier && flag > 1 - OutlierShare ? Round(value * (3 + (7 * (1 - flag) / OutlierShare))) : value;
        }

        /// <summary>Growth in percent of the base series from year t − 1 to t; missing when either is.</summary>
        public double GrowthRate(double[] series, int generatedYears, int t)
        {
            var now = series[(GrowthOf * generatedYears) + t];
            var before = series[(GrowthOf * generatedYears) + t - 1];
            return double.IsNaN(now) || double.IsNaN(before) || before == 0 ? double.NaN : Math.Round(((now / before) - 1) * 100, 2, MidpointRounding.ToEven);
        }

        public double Round(double value) => Math.Round(value, decimals, MidpointRounding.ToEven);

        private static double OffsetOf(string code) => code switch
        {
            "fiscal_st_share" => -0.1,
            "ent_rd_revenue_ratio" => 0.05,
            "rd_intensity" => -0.05,
            "tech_smes" => 0.05,
            "innovation_platforms" => -0.1,
            "rd_personnel_per_10k" => -0.05,
            "invention_patents_per_10k" => -0.1,
            "hitech_industry_share" => 0.05,
            "tech_contract_turnover" => -0.05,
            _ => 0,
        };
    }
}
