using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// Reads and writes the method configuration file (<c>docs/formats/method.md</c>). Reading checks
/// the whole file and reports every problem at once, each with its line, column and property path;
/// every property is optional and defaults to <see cref="MethodConfiguration.Default"/>.
/// </summary>
public static class MethodConfigurationJson
{
    /// <summary>Reads a method configuration.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file name, for error locations.</param>
    /// <param name="registry">Where scoring method names are looked up; <see cref="ScoringMethodRegistry.Default"/> when omitted.</param>
    /// <exception cref="InvalidInputException">The file is malformed or names unknown methods or bad values.</exception>
    public static MethodConfiguration Read(TextReader reader, string source, ScoringMethodRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(Data.InputLimits.ReadAll(reader, source), source, registry);
    }

    /// <summary>Parses a method configuration from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for error locations.</param>
    /// <param name="registry">Where scoring method names are looked up; <see cref="ScoringMethodRegistry.Default"/> when omitted.</param>
    /// <exception cref="InvalidInputException">The text is malformed or names unknown methods or bad values.</exception>
    public static MethodConfiguration Parse(string json, string source, ScoringMethodRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var root = LocatedJson.Parse(json, source);
        var problems = new List<DataProblem>();
        var config = new Reader(problems, registry ?? ScoringMethodRegistry.Default).Configuration(root);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return config;
    }

    /// <summary>Writes a configuration as indented JSON in the documented format (every property spelled out); <see cref="Parse"/> reads it back equal.</summary>
    /// <param name="configuration">The configuration.</param>
    public static string Write(MethodConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer, configuration);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
    }

    /// <summary>Writes a configuration as one JSON object into <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="configuration">The configuration.</param>
    public static void WriteTo(Utf8JsonWriter writer, MethodConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(configuration);
        writer.WriteStartObject();
        writer.WriteString("name", configuration.Name);
        writer.WriteStartObject("screening");
        writer.WriteNumber("minimumDataAvailability", configuration.ScreeningThreshold);
        writer.WriteEndObject();
        writer.WriteStartArray("imputation");
        foreach (var step in configuration.Imputation)
        {
            WriteChoice(writer, null, step);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("outlierTreatment");
        writer.WriteBoolean("enabled", configuration.OutlierTreatmentEnabled);
        WriteChoiceBody(writer, configuration.OutlierTreatment);
        writer.WriteEndObject();
        writer.WriteStartObject("normalisation");
        WriteChoice(writer, "default", configuration.Normalisation);
        writer.WriteStartObject("indicators");
        foreach (var (code, choice) in configuration.IndicatorNormalisation)
        {
            WriteChoice(writer, code, choice);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("levels");
        foreach (var level in configuration.Levels)
        {
            writer.WriteStartObject();
            WriteChoice(writer, "weighting", level.Weighting);
            WriteChoice(writer, "aggregation", level.Aggregation);
            writer.WriteNumber("minimumDataAvailability", level.MinimumDataAvailability);
            writer.WriteStartObject("groups");
            foreach (var (code, choice) in level.GroupAggregation)
            {
                WriteChoice(writer, code, choice);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteChoice(writer, "qualitativeScaling", configuration.QualitativeScaling);
        WriteChoice(writer, "finalScaling", configuration.FinalScaling);
        writer.WriteStartObject("classThresholds");
        writer.WriteNumber("a", configuration.ClassThresholds.A);
        writer.WriteNumber("b", configuration.ClassThresholds.B);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteChoice(Utf8JsonWriter writer, string? name, MethodChoice choice)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        WriteChoiceBody(writer, choice);
        writer.WriteEndObject();
    }

    private static void WriteChoiceBody(Utf8JsonWriter writer, MethodChoice choice)
    {
        writer.WriteString("method", choice.Name);
        foreach (var (key, value) in choice.Parameters)
        {
            writer.WriteNumber(key, value);
        }

        foreach (var (key, value) in choice.TextParameters)
        {
            writer.WriteString(key, value);
        }
    }

    private sealed class Reader(List<DataProblem> problems, ScoringMethodRegistry registry)
    {
        public MethodConfiguration Configuration(LocatedJson root)
        {
            var config = MethodConfiguration.Default;
            if (!Expect(root, "$", root.IsObject, "an object"))
            {
                return config;
            }

            string? name = null;
            double? screening = null;
            ImmutableArray<MethodChoice>? imputation = null;
            bool? treatmentEnabled = null;
            MethodChoice? treatment = null;
            MethodChoice? normalisation = null;
            Dictionary<string, MethodChoice>? overrides = null;
            List<LevelMethod>? levels = null;
            MethodChoice? qualitative = null;
            MethodChoice? final = null;
            ClassThresholds? thresholds = null;
            foreach (var (key, where, value) in Distinct(root, "$"))
            {
                var path = "$." + key;
                switch (key)
                {
                    case "name":
                        if (Expect(value, path, value.IsString && !string.IsNullOrWhiteSpace(value.Text), "a non-empty string"))
                        {
                            name = value.Text;
                        }

                        break;
                    case "screening":
                        screening = Screening(value, path);
                        break;
                    case "imputation":
                        imputation = Imputation(value, path);
                        break;
                    case "outlierTreatment":
                        (treatmentEnabled, treatment) = Treatment(value, path);
                        break;
                    case "normalisation":
                        (normalisation, overrides) = Normalisation(value, path);
                        break;
                    case "levels":
                        levels = Levels(value, path);
                        break;
                    case "qualitativeScaling":
                        qualitative = Choice(value, path, MethodStep.QualitativeScaling);
                        break;
                    case "finalScaling":
                        final = Choice(value, path, MethodStep.FinalScaling);
                        break;
                    case "classThresholds":
                        thresholds = Thresholds(value, path);
                        break;
                    default:
                        Unknown(where, path, "name, screening, imputation, outlierTreatment, normalisation, levels, qualitativeScaling, finalScaling, classThresholds");
                        break;
                }
            }

            if (problems.Count > 0)
            {
                return config;
            }

            if (name is not null)
            {
                config = config.WithName(name);
            }

            if (screening is { } s)
            {
                config = config.WithScreeningThreshold(s);
            }

            if (imputation is { } i)
            {
                config = config.WithImputation(i);
            }

            if (treatmentEnabled is not null || treatment is not null)
            {
                config = config.WithOutlierTreatment(treatmentEnabled ?? true, treatment);
            }

            if (normalisation is not null || overrides is not null)
            {
                config = config.WithNormalisation(normalisation ?? config.Normalisation, overrides);
            }

            if (levels is { Count: > 0 })
            {
                config = config.WithLevels(levels);
            }

            if (qualitative is not null)
            {
                config = config.WithQualitativeScaling(qualitative);
            }

            if (final is not null)
            {
                config = config.WithFinalScaling(final);
            }

            if (thresholds is { } t)
            {
                config = config.WithClassThresholds(t);
            }

            return config;
        }

        private double? Screening(LocatedJson value, string path)
        {
            if (!Expect(value, path, value.IsObject, "an object such as { \"minimumDataAvailability\": 0.5 }"))
            {
                return null;
            }

            double? share = null;
            foreach (var (key, where, item) in Distinct(value, path))
            {
                if (key == "minimumDataAvailability")
                {
                    share = Share(item, path + "." + key);
                }
                else
                {
                    Unknown(where, path + "." + key, "minimumDataAvailability");
                }
            }

            return share;
        }

        private ImmutableArray<MethodChoice>? Imputation(LocatedJson value, string path)
        {
            // One method or a list applied in order; "none" or [] for no imputation.
            var items = value.IsArray ? value.Items : [value];
            var steps = ImmutableArray.CreateBuilder<MethodChoice>();
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = value.IsArray ? $"{path}[{i}]" : path;
                if (items[i].IsString && string.Equals(items[i].Text?.Trim(), "none", StringComparison.OrdinalIgnoreCase))
                {
                    // The documented "no imputation": not a method, so not looked up among them.
                    continue;
                }

                if (Choice(items[i], itemPath, MethodStep.Imputation) is { } choice)
                {
                    steps.Add(choice);
                }
            }

            return steps.ToImmutable();
        }

        private (bool? Enabled, MethodChoice? Method) Treatment(LocatedJson value, string path)
        {
            if (value.IsBoolean)
            {
                return (value.Kind == JsonTokenType.True, null);
            }

            if (!Expect(value, path, value.IsObject, "an object such as { \"enabled\": true, \"method\": \"winsorise\" } or a boolean"))
            {
                return (null, null);
            }

            bool? enabled = null;
            var rest = new List<(string, SourceLocation, LocatedJson)>();
            foreach (var (key, where, item) in Distinct(value, path))
            {
                if (key == "enabled")
                {
                    if (Expect(item, path + ".enabled", item.IsBoolean, "true or false"))
                    {
                        enabled = item.Kind == JsonTokenType.True;
                    }
                }
                else
                {
                    rest.Add((key, where, item));
                }
            }

            var method = rest.Count == 0 ? null : ChoiceBody(value, rest, path, MethodStep.OutlierTreatment);
            return (enabled, method);
        }

        private (MethodChoice? Default, Dictionary<string, MethodChoice>? Overrides) Normalisation(LocatedJson value, string path)
        {
            if (value.IsString)
            {
                return (Choice(value, path, MethodStep.Normalisation), null);
            }

            if (!Expect(value, path, value.IsObject, "an object such as { \"default\": { \"method\": \"min-max\" }, \"indicators\": { } }"))
            {
                return (null, null);
            }

            // A bare method (docs/formats/method.md): { "method": "min-max", "lower": 0, "upper": 100 } sets the default.
            if (value.Properties.Any(p => p.Name == "method"))
            {
                return (Choice(value, path, MethodStep.Normalisation), null);
            }

            MethodChoice? fallback = null;
            Dictionary<string, MethodChoice>? overrides = null;
            foreach (var (key, where, item) in Distinct(value, path))
            {
                switch (key)
                {
                    case "default":
                        fallback = Choice(item, path + ".default", MethodStep.Normalisation);
                        break;
                    case "indicators":
                        overrides = ChoiceMap(item, path + ".indicators", MethodStep.Normalisation);
                        break;
                    default:
                        Unknown(where, path + "." + key, "default, indicators");
                        break;
                }
            }

            return (fallback, overrides);
        }

        private List<LevelMethod>? Levels(LocatedJson value, string path)
        {
            if (!Expect(value, path, value.IsArray && value.Items.Count > 0, "a non-empty array of level methods, bottom-up"))
            {
                return null;
            }

            var levels = new List<LevelMethod>();
            for (var i = 0; i < value.Items.Count; i++)
            {
                var item = value.Items[i];
                var itemPath = $"{path}[{i}]";
                if (!Expect(item, itemPath, item.IsObject, "an object with weighting, aggregation, minimumDataAvailability, groups"))
                {
                    continue;
                }

                var weighting = LevelMethod.Default.Weighting;
                var aggregation = LevelMethod.Default.Aggregation;
                double share = 0;
                Dictionary<string, MethodChoice>? groups = null;
                var ok = true;
                foreach (var (key, where, field) in Distinct(item, itemPath))
                {
                    var fieldPath = itemPath + "." + key;
                    switch (key)
                    {
                        case "weighting":
                            var w = Choice(field, fieldPath, MethodStep.Weighting);
                            ok &= w is not null;
                            weighting = w ?? weighting;
                            break;
                        case "aggregation":
                            var a = Choice(field, fieldPath, MethodStep.Aggregation);
                            ok &= a is not null;
                            aggregation = a ?? aggregation;
                            break;
                        case "minimumDataAvailability":
                            var s = Share(field, fieldPath);
                            ok &= s is not null;
                            share = s ?? 0;
                            break;
                        case "groups":
                            groups = ChoiceMap(field, fieldPath, MethodStep.Aggregation);
                            ok &= groups is not null;
                            break;
                        default:
                            Unknown(where, fieldPath, "weighting, aggregation, minimumDataAvailability, groups");
                            ok = false;
                            break;
                    }
                }

                if (ok)
                {
                    levels.Add(LevelMethod.Of(weighting, aggregation, share, groups));
                }
            }

            return levels;
        }

        private ClassThresholds? Thresholds(LocatedJson value, string path)
        {
            if (!Expect(value, path, value.IsObject, "an object such as { \"a\": 80, \"b\": 60 }"))
            {
                return null;
            }

            double a = ClassThresholds.Default.A, b = ClassThresholds.Default.B;
            var ok = true;
            foreach (var (key, where, item) in Distinct(value, path))
            {
                if (key is "a" or "b" && Expect(item, path + "." + key, item.IsNumber, "a number"))
                {
                    if (key == "a")
                    {
                        a = item.Number;
                    }
                    else
                    {
                        b = item.Number;
                    }
                }
                else
                {
                    if (key is not ("a" or "b"))
                    {
                        Unknown(where, path + "." + key, "a, b");
                    }

                    ok = false;
                }
            }

            if (ok && a <= b)
            {
                Problem(value.Location, path, string.Create(CultureInfo.InvariantCulture, $"the class A threshold ({a}) must be above the class B threshold ({b})."));
                return null;
            }

            return ok ? ClassThresholds.Of(a, b) : null;
        }

        private Dictionary<string, MethodChoice>? ChoiceMap(LocatedJson value, string path, MethodStep step)
        {
            if (!Expect(value, path, value.IsObject, "an object mapping codes to methods"))
            {
                return null;
            }

            var map = new Dictionary<string, MethodChoice>(StringComparer.Ordinal);
            foreach (var (key, _, item) in Distinct(value, path))
            {
                if (Choice(item, path + "." + key, step) is { } choice)
                {
                    map[key] = choice;
                }
            }

            return map;
        }

        private MethodChoice? Choice(LocatedJson value, string path, MethodStep step)
        {
            if (value.IsString)
            {
                return Named(value, path + ".method", value.Text!, [], [], step);
            }

            if (!Expect(value, path, value.IsObject, "a method name or an object such as { \"method\": \"…\", \"parameter\": 1 }"))
            {
                return null;
            }

            return ChoiceBody(value, Distinct(value, path), path, step);
        }

        private MethodChoice? ChoiceBody(LocatedJson owner, IEnumerable<(string Name, SourceLocation Where, LocatedJson Value)> properties, string path, MethodStep step)
        {
            LocatedJson? method = null;
            var numbers = new List<KeyValuePair<string, double>>();
            var texts = new List<KeyValuePair<string, string>>();
            var ok = true;
            foreach (var (key, _, item) in properties)
            {
                if (key == "method")
                {
                    ok &= Expect(item, path + ".method", item.IsString && !string.IsNullOrWhiteSpace(item.Text), "a method name");
                    method = item;
                }
                else if (item.IsNumber)
                {
                    numbers.Add(KeyValuePair.Create(key, item.Number));
                }
                else if (item.IsString || item.IsBoolean)
                {
                    texts.Add(KeyValuePair.Create(key, item.IsString ? item.Text! : item.Kind == JsonTokenType.True ? "true" : "false"));
                }
                else
                {
                    ok &= Expect(item, path + "." + key, false, "a number, a text or a boolean (method parameters)");
                }
            }

            if (method is null)
            {
                Problem(owner.Location, path, $"the \"method\" property is missing; known {MethodNames.Describe(step)} methods: {string.Join(", ", Known(step))}.");
                return null;
            }

            return ok ? Named(method, path + ".method", method.Text!, numbers, texts, step) : null;
        }

        private IReadOnlyList<string> Known(MethodStep step) =>
            MethodNames.ScoringKind(step) is { } kind ? registry.Names(kind) : MethodNames.Known(step);

        private MethodChoice? Named(LocatedJson at, string path, string name, List<KeyValuePair<string, double>> numbers, List<KeyValuePair<string, string>> texts, MethodStep step)
        {
            var known = Known(step);
            var normalised = name.Trim().ToLowerInvariant();
            if (!known.Contains(normalised, StringComparer.OrdinalIgnoreCase))
            {
                Problem(at.Location, path, $"unknown {MethodNames.Describe(step)} method '{name}'; known: {string.Join(", ", known)}.");
                return null;
            }

            MethodChoice choice;
            try
            {
                choice = MethodChoice.Of(normalised, numbers, texts);
            }
            catch (ArgumentException e)
            {
                Problem(at.Location, path, e.Message);
                return null;
            }

            foreach (var message in MethodNames.Check(registry, step, choice))
            {
                Problem(at.Location, path, message);
            }

            return choice;
        }

        private double? Share(LocatedJson value, string path) =>
            Expect(value, path, value.IsNumber && value.Number is >= 0 and <= 1, "a share from 0 to 1") ? value.Number : null;

        private IEnumerable<(string Name, SourceLocation Where, LocatedJson Value)> Distinct(LocatedJson obj, string path)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in obj.Properties)
            {
                if (!seen.Add(property.Name))
                {
                    Problem(property.Where, path + "." + property.Name, "the property is given twice.");
                    continue;
                }

                yield return property;
            }
        }

        private bool Expect(LocatedJson value, string path, bool condition, string expected)
        {
            if (!condition)
            {
                var got = value.IsNumber || value.IsString ? $"{value.Describe()} ({value.Text})" : value.Describe();
                Problem(value.Location, path, $"expected {expected}, found {got}.");
            }

            return condition;
        }

        private void Unknown(SourceLocation where, string path, string allowed) =>
            Problem(where, path, $"unknown property; allowed here: {allowed}.");

        private void Problem(SourceLocation where, string path, string message) =>
            problems.Add(DataProblem.At(where, $"{path}: {message}"));
    }
}
