using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Evaluate;

/// <summary>A temporary folder with a small Hebei panel (24 counties, data years 2019–2022) and a way to run the CLI in-process.</summary>
public sealed class EvaluateFixture : IDisposable
{
    public EvaluateFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ci-evaluate-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DataFile = Write("panel.csv", PanelCsv(synthetic: false));
        SyntheticDataFile = Write("synthetic.csv", PanelCsv(synthetic: true));
    }

    public string Directory { get; }

    public string DataFile { get; }

    public string SyntheticDataFile { get; }

    public static int[] Years => [2019, 2020, 2021, 2022];

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, new FakeClock(Instant.FromUtc(2026, 1, 15, 0, 0)));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>Values between the goalposts that rise over the years, spread over counties, deterministic.</summary>
    private static string PanelCsv(bool synthetic)
    {
        var framework = HebeiFramework.Default;
        var counties = HebeiCounties.All.Where((_, i) => i % 7 == 0).Take(24).ToList();
        var indicators = framework.Indicators;
        var values = new double[indicators.Length * Years.Length * counties.Count];
        for (var i = 0; i < indicators.Length; i++)
        {
            var gp = indicators[i].Goalposts!.Value;
            for (var y = 0; y < Years.Length; y++)
            {
                for (var c = 0; c < counties.Count; c++)
                {
                    var share = Math.Clamp((((c * 37) + (i * 11)) % 24 / 24.0 * 0.8) + (y * 0.06), 0, 1);
                    values[(((i * Years.Length) + y) * counties.Count) + c] = gp.Lower + (share * (gp.Upper - gp.Lower));
                }
            }
        }

        // One gap, to exercise imputation.
        values[(((0 * Years.Length) + 3) * counties.Count) + 5] = double.NaN;
        var panel = Panel.Create(
            PanelMetadata.Create("fixture", synthetic, synthetic ? [PanelMetadata.SyntheticMarker + " test fixture"] : []),
            counties,
            Years,
            indicators.Select(x => x.Code),
            values);
        var writer = new StringWriter();
        PanelCsvWriter.WriteWide(panel, writer);
        return writer.ToString();
    }
}
