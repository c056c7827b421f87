using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Accountability;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Benchmarks.Targets;

/// <summary>
/// Target tracking: reading observations, assessing the whole plan, one unit's report, and the
/// per-county rise check over a province-sized set of county observations.
/// </summary>
[MemoryDiagnoser]
public class TargetBenchmarks
{
    private static readonly LocalDate AsOf = new(2023, 6, 30);
    private string json = string.Empty;
    private string countyCsv = string.Empty;
    private ObservationSet counties = ObservationSet.Empty;
    private ResponsibleUnit cities = ResponsibleUnits.AllCityGovernments;

    [GlobalSetup]
    public void Setup()
    {
        json = IllustrativeObservations.ReadJson();
        var lines = new List<string> { "target,period,value,level,place" };
        foreach (var county in Counties.HebeiCounties.All)
        {
            for (var year = 2018; year <= 2025; year++)
            {
                // Deterministic values: most counties rise, every seventh dips in 2021.
                var value = 1.0 + (county.Code.Value % 97 / 100.0) + ((year - 2018) * 0.05) - (year == 2021 && county.Code.Value % 7 == 0 ? 0.2 : 0);
                lines.Add($"M22-1,{year},{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)},county,{county.Code.Value}");
            }
        }

        countyCsv = string.Join('\n', lines);
        counties = ObservationCsvReader.Read(new StringReader(countyCsv), "counties.csv", PolicyTargets.Hebei2020.Ids);
        cities = ResponsibleUnits.AllCityGovernments;
    }

    [Benchmark(Description = "read the illustrative JSON observations")]
    public ObservationSet ReadJson() => ObservationJsonReader.Read(new StringReader(json), "obs.json", PolicyTargets.Hebei2020.Ids);

    [Benchmark(Description = "read 167 counties × 8 years of CSV observations")]
    public ObservationSet ReadCountyCsv() => ObservationCsvReader.Read(new StringReader(countyCsv), "counties.csv", PolicyTargets.Hebei2020.Ids);

    [Benchmark(Description = "assess the 2020 plan as of a date")]
    public PlanAssessment AssessPlan() => PlanAssessment.Of(PolicyTargets.Hebei2020, IllustrativeObservations.Hebei2020, AsOf);

    [Benchmark(Description = "measure 22 over 167 counties (every place must rise)")]
    public PlanAssessment AssessCounties() => PlanAssessment.Of(PolicyTargets.Hebei2020, counties, AsOf);

    [Benchmark(Description = "各市政府 report with 11 per-city assessments")]
    public UnitReport CityReport() => UnitReport.For(cities, PolicyCatalogue.Hebei2020, PolicyTargets.Hebei2020, counties, AsOf);
}
