using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;
using NodaTime.Text;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// The JSON shapes of the catalogue commands (documented in docs/formats/catalogue-json.md): camelCase,
/// enums as camelCase strings, Chinese kept readable, property order fixed by these records. The
/// contracts are generated at compile time (<see cref="CliJsonContext"/>), so the native (AOT) build
/// serialises without reflection.
/// </summary>
internal static class CatalogueJson
{
    /// <summary>Schema id of <c>measures --format json</c>.</summary>
    public const string MeasuresSchema = "county-innovation/measures/v1";

    /// <summary>Schema id of <c>units --format json</c>.</summary>
    public const string UnitsSchema = "county-innovation/units/v1";

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters =
        {
            new JsonStringEnumConverter<UnitRole>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<UnitKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<TargetKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<TargetDirection>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<GovernmentLevel>(JsonNamingPolicy.CamelCase),
        },
        TypeInfoResolver = CliJsonContext.Default,
    };

    /// <summary>Writes <paramref name="value"/> with its generated contract; a type missing from <see cref="CliJsonContext"/> fails at once.</summary>
    public static void Write<T>(TextWriter output, T value)
    {
        var contract = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        output.Write(JsonSerializer.Serialize(value, contract));
        output.WriteLine();
    }

    internal sealed record MeasuresJson(string Schema, IReadOnlyList<MeasureJson> Measures);

    internal sealed record UnitsJson(string Schema, IReadOnlyList<UnitJson> Units);

    internal sealed record SectionJson(int Number, string NumeralZh, string TitleZh, string TitleEn);

    internal sealed record UnitRefJson(string NameZh, string NameEn, UnitRole Role, bool RoleInferred);

    internal sealed record MeasureJson(
        int Number,
        SectionJson Section,
        string TextZh,
        string TextEn,
        IReadOnlyList<UnitRefJson> ResponsibleUnits,
        IReadOnlyList<string> CitedDocuments,
        IReadOnlyList<TargetJson> Targets);

    internal sealed record TargetJson(
        int Measure,
        TargetKind Kind,
        string DescriptionZh,
        string DescriptionEn,
        string SourceTextZh,
        TargetDirection Direction,
        decimal? Value,
        string? Unit,
        string? Deadline,
        bool? DeadlineInferred,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BaselineYear,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? BaselineValue,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<GovernmentLevel>? Levels);

    internal sealed record MemberJson(string NameZh, string FullNameZh, string NameEn);

    internal sealed record UnitMeasureJson(int Number, UnitRole Role, bool RoleInferred);

    internal sealed record UnitJson(
        string NameZh,
        string FullNameZh,
        string NameEn,
        UnitKind Kind,
        IReadOnlyList<MemberJson> Members,
        IReadOnlyList<UnitMeasureJson> Measures);

    public static SectionJson Of(Section section) =>
        new(section.Number.Value, section.Number.ChineseNumeral, section.TitleZh, section.TitleEn);

    public static MeasureJson Of(Measure measure) => new(
        measure.Number.Value,
        Of(measure.Section),
        measure.TextZh,
        measure.TextEn,
        [.. measure.ResponsibleUnits.Select(a => new UnitRefJson(a.Unit.ShortNameZh, a.Unit.NameEn, a.Role, a.IsRoleInferred))],
        [.. measure.CitedDocuments.Select(d => d.ToString())],
        [.. measure.Targets.Select(Of)]);

    public static TargetJson Of(Target target)
    {
        var doubling = target as DoublingTarget;
        return new(
            target.Measure.Value,
            target.Kind,
            target.DescriptionZh,
            target.DescriptionEn,
            target.SourceTextZh,
            target.Direction,
            target.Value,
            target.Unit,
            target.Deadline is { } d ? LocalDatePattern.Iso.Format(d.Date) : null,
            target.Deadline?.IsInferred,
            doubling?.BaselineYear,
            doubling?.BaselineValue,
            target is ThresholdTarget threshold ? [.. threshold.Levels] : null);
    }

    public static UnitJson Of(ResponsibleUnit unit, ResponsibilityMatrix matrix) => new(
        unit.ShortNameZh,
        unit.FullNameZh,
        unit.NameEn,
        unit.Kind,
        [.. unit.Members.Select(m => new MemberJson(m.ShortNameZh, m.FullNameZh, m.NameEn))],
        [.. matrix.ForUnit(unit).Select(a => new UnitMeasureJson(a.Measure.Value, a.Role, a.IsRoleInferred))]);
}
