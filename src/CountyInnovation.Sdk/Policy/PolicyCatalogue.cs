using System.Text;
using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// The policy documents the SDK ships. <see cref="Hebei2020"/> is 《关于加快推进县域科技创新的若干措施》
/// (2020), built from its Chinese text, which the library carries as an embedded resource.
/// </summary>
public static class PolicyCatalogue
{
    /// <summary>The name under which the 2020 text is read (in error messages).</summary>
    public const string Text2020SourceName = "measures-2020.zh.txt";

    private const string Text2020Resource = "CountyInnovation.Sdk.Policy.Text.measures-2020.zh.txt";

    private static readonly Lazy<PolicyDocument> Document2020 = new(Build2020, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The 2020 document: 8 sections and 28 measures read from the embedded Chinese text at first
    /// use (thread-safe), with English renderings, unit names and targets added by the catalogue.
    /// </summary>
    public static PolicyDocument Hebei2020 => Document2020.Value;

    /// <summary>The Chinese text of the 2020 document exactly as shipped (UTF-8 file, decoded).</summary>
    /// <returns>The text.</returns>
    public static string ReadText2020()
    {
        using var reader = OpenText2020();
        return reader.ReadToEnd();
    }

    private static StreamReader OpenText2020()
    {
        var stream = typeof(PolicyCatalogue).Assembly.GetManifestResourceStream(Text2020Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Text2020Resource} is missing: the library was built without the policy text.");
        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    private static PolicyDocument Build2020()
    {
        PolicyTextReader.PolicyText text;
        using (var reader = OpenText2020())
        {
            text = PolicyTextReader.Read(reader, Text2020SourceName);
        }

        return Build(text);
    }

    /// <summary>Joins what the text gives with what the 2020 curation adds; fails loudly when they do not match.</summary>
    internal static PolicyDocument Build(PolicyTextReader.PolicyText text)
    {
        var targets = Curation2020.Targets().ToLookup(t => t.Measure);
        var sections = text.Sections
            .Select(s => Section.Create(
                s.Number,
                s.TitleZh,
                Lookup(Curation2020.SectionTitlesEn, s.Number.Value, "section"),
                text.Measures.Where(m => m.Section == s.Number).Select(m => m.Number)))
            .ToDictionary(s => s.Number);
        var measures = text.Measures.Select(m => Measure.Create(
            m.Number,
            sections[m.Section],
            m.TextZh,
            Lookup(Curation2020.MeasureTextsEn, m.Number.Value, "measure"),
            m.ResponsibilityClauseZh,
            m.Units.Select((u, i) => Assignment.InferredFromOrder(m.Number, u, i + 1)),
            m.CitedDocuments,
            targets[m.Number]));
        return PolicyDocument.Create(
            text.TitleZh,
            Curation2020.TitleEn,
            Curation2020.IssuerZh,
            Curation2020.IssuerEn,
            Curation2020.IssueDate,
            Curation2020.LeapPlan,
            text.PreambleZh,
            text.CitedDocuments,
            sections.Values.OrderBy(s => s.Number),
            measures);
    }

    private static string Lookup(IReadOnlyDictionary<int, string> curated, int number, string what) =>
        curated.TryGetValue(number, out var value)
            ? value
            : throw new InvalidOperationException($"The 2020 catalogue has no English rendering for {what} {number}.");
}
