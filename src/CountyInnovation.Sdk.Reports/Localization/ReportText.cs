using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace CountyInnovation.Sdk.Reports.Localization;

/// <summary>
/// The user-facing text of one <see cref="ReportLanguage"/>, read from its embedded resource: a flat
/// JSON object from key to text, where <c>{0}</c>, <c>{1}</c>… are filled with invariant formatting.
/// Every language has the same keys (a test checks it); a missing key is a programming error.
/// </summary>
internal sealed partial class ReportText
{
    private static readonly ConcurrentDictionary<ReportLanguage, ReportText> Loaded = new();

    private readonly FrozenDictionary<string, string> texts;

    private ReportText(ReportLanguage language, FrozenDictionary<string, string> texts)
    {
        Language = language;
        this.texts = texts;
    }

    public ReportLanguage Language { get; }

    public string Tag => ReportLanguageTag.Of(Language);

    public IEnumerable<string> Keys => texts.Keys;

    public static ReportText For(ReportLanguage language) => Loaded.GetOrAdd(language, Load);

    /// <summary>The text of <paramref name="key"/>.</summary>
    public string this[string key] =>
        texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"The {Tag} report text has no key '{key}'.");

    /// <summary>
    /// The text of <paramref name="key"/> with its placeholders filled. A counted placeholder
    /// <c>{0|value|values}</c> writes the number followed by the singular or the plural word.
    /// </summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, CountedPlaceholder().Replace(this[key], match =>
        {
            var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var word = args[index] is int count && count == 1 ? match.Groups[2].Value : match.Groups[3].Value;
            return "{" + match.Groups[1].Value + "} " + word;
        }), args);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([0-9]+)\|([^|{}]*)\|([^|{}]*)\}")]
    private static partial System.Text.RegularExpressions.Regex CountedPlaceholder();

    private static ReportText Load(ReportLanguage language)
    {
        var name = $"CountyInnovation.Sdk.Reports.Localization.Resources.{ReportLanguageTag.Of(language)}.json";
        using var stream = typeof(ReportText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var json = JsonDocument.Parse(stream);
        return new ReportText(language, json.RootElement.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
    }
}
