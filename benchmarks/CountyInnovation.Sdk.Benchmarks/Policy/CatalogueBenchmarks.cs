using BenchmarkDotNet.Attributes;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Sdk.Benchmarks.Policy;

/// <summary>
/// The catalogue's cold start (reading the embedded text into the 2020 document, paid once per
/// process) and the look-ups the CLI and analyzers repeat.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    private string text = string.Empty;

    [GlobalSetup]
    public void Setup() => text = PolicyCatalogue.ReadText2020();

    [Benchmark(Description = "read text + build the 2020 document")]
    public PolicyDocument BuildCatalogue()
    {
        using var reader = new StringReader(text);
        return PolicyCatalogue.Build(PolicyTextReader.Read(reader, PolicyCatalogue.Text2020SourceName));
    }

    [Benchmark(Description = "DocumentNumber.Parse canonical")]
    public DocumentNumber ParseDocumentNumber() => DocumentNumber.Parse("冀政办字〔2019〕9号");

    [Benchmark(Description = "DocumentNumber.TryParse mis-typed, with suggestion")]
    public string? SuggestDocumentNumber()
    {
        DocumentNumber.TryParse("冀政办字[2019]9号", out _, out _, out var suggestion);
        return suggestion;
    }

    [Benchmark(Description = "closest unit names for an unknown name")]
    public IReadOnlyList<string> SuggestUnit() => ResponsibleUnits.Suggest("省科技局");

    [Benchmark(Description = "ResponsibilityMatrix.ForUnit with collective")]
    public int MeasuresOfCity() =>
        PolicyCatalogue.Hebei2020.Responsibilities.ForUnit(ResponsibleUnits.CityGovernments[0], includeCollective: true).Length;
}
