using System.Text.Json;
using System.Text.Json.Serialization;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// The compile-time JSON contracts of every document the command line serialises from records
/// (<see cref="CatalogueJson"/>, <see cref="UncertaintyJson"/>): no reflection at run time, so the
/// native (AOT) build writes the same bytes as the JIT build. The options in force are
/// <see cref="CatalogueJson.Options"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CatalogueJson.MeasuresJson))]
[JsonSerializable(typeof(CatalogueJson.UnitsJson))]
[JsonSerializable(typeof(UncertaintyJson.ResultJson))]
[JsonSerializable(typeof(CountiesCommand.CountiesJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
