using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace CountyInnovation.Cli.Tests.Commands;

/// <summary>
/// Every JSON document of the command line names itself first (docs/formats/json-schemas.md) and
/// carries public results only.
/// </summary>
public sealed class JsonSchemaIdTests
{
    public static TheoryData<string, string[]> Documents => new()
    {
        { "county-innovation/bulletin/v1", ["evaluate", "--format", "json"] },
        { "county-innovation/uncertainty/v1", ["uncertainty", "--runs", "50", "--format", "json"] },
        { "county-innovation/measures/v1", ["measures", "--format", "json"] },
        { "county-innovation/units/v1", ["units", "--format", "json"] },
        { "county-innovation/responsibility-matrix/v1", ["units", "matrix", "--format", "json"] },
        { "county-innovation/unit-report/v1", ["units", "report", "省科技厅", "--as-of", "2023-06-30", "--format", "json"] },
        { "county-innovation/target-status/v1", ["targets", "--as-of", "2023-06-30", "--format", "json"] },
        { "county-innovation/county-rise/v1", ["targets", "counties", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_first_property_is_the_schema_id(string schema, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.True(code == 0, error.ToString());

        using var document = JsonDocument.Parse(output.ToString());
        var first = document.RootElement.EnumerateObject().First();
        Assert.Equal("schema", first.Name);
        Assert.Equal(schema, first.Value.GetString());
    }

    [Fact]
    public void The_uncertainty_document_keeps_the_engine_internals_out()
    {
        var output = new StringWriter();
        var code = CliApplication.Run(["uncertainty", "--runs", "50", "--format", "json"], output, new StringWriter(), new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Equal(0, code);

        using var document = JsonDocument.Parse(output.ToString());
        Assert.False(document.RootElement.TryGetProperty("rankHistogramBytes", out _));
        Assert.True(document.RootElement.TryGetProperty("counties", out _));
    }
}
