using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Benchmarks;

/// <summary>
/// Reading panel data: a wide CSV of 2,844 synthetic counties (China's county-level count) × 6 data
/// years × 17 indicators, and the shipped 167-county sample, from memory (no disk I/O measured).
/// Run: <c>--filter '*PanelReading*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PanelReadingBenchmarks
{
    private string wide2844 = string.Empty;
    private string sample = string.Empty;
    private CountyDirectory counties = HebeiCounties.Directory;

    [GlobalSetup]
    public void Setup()
    {
        var panel = SyntheticPanelGenerator.Create(countyCount: 2844).Generate();
        counties = CountyDirectory.Create(panel.Counties);
        var writer = new StringWriter();
        PanelCsvWriter.WriteWide(panel, writer);
        wide2844 = writer.ToString();
        using var reader = new StreamReader(SamplePanel.OpenResource());
        sample = reader.ReadToEnd();
    }

    [Benchmark(Description = "Read wide CSV, 2,844 counties × 6 years × 17 indicators")]
    public Panel ReadWide2844() => PanelCsvReader.ReadWide(new StringReader(wide2844), "bench.csv", HebeiFramework.Default, counties);

    [Benchmark(Description = "Read the 167-county sample CSV")]
    public Panel ReadSample() => PanelCsvReader.ReadWide(new StringReader(sample), "sample.csv", HebeiFramework.Default);

    [Benchmark(Description = "Generate 2,844 synthetic counties × 6 years")]
    public Panel Generate2844() => SyntheticPanelGenerator.Create(countyCount: 2844).Generate();
}
