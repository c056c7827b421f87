using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Hardening;

/// <summary>Every public JSON reader of the library, by name, with a minimal valid input each.</summary>
internal static class JsonReaders
{
    public const string Method = """{ "name": "m", "classThresholds": { "a": 80, "b": 60 } }""";

    public const string Framework = """[ { "code": "X1", "parent": "", "name_zh": "甲", "name_en": "x", "kind": "first", "weight": 1 } ]""";

    public const string Observations = """{ "name": "o", "observations": [ { "target": "M27-1", "period": 2021, "value": 97.2 } ] }""";

    public const string Plan = """{ "name": "p", "targets": [ { "id": "t-1", "title": "t", "kind": "quantity", "value": 10, "deadline": "2025-12-31" } ] }""";

    /// <summary>(name, read) pairs: read parses a text with that reader.</summary>
    public static readonly IReadOnlyList<(string Name, Func<string, object> Read, string Valid)> All =
    [
        ("method", text => MethodConfigurationJson.Read(new StringReader(text), "method.json"), Method),
        ("framework", text => IndicatorFrameworkReader.ReadJson(new StringReader(text), "framework.json"), Framework),
        ("observations", text => ObservationJsonReader.Read(new StringReader(text), "observations.json", PolicyTargets.Hebei2020), Observations),
        ("plan", text => TargetPlanJsonReader.Read(new StringReader(text), "plan.json"), Plan),
    ];

    public static Func<string, object> Reader(string name) => All.Single(r => r.Name == name).Read;
}
