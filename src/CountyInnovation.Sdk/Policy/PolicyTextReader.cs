using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// Reads the structure of a policy text laid out like <c>measures-2020.zh.txt</c>: a title line, a
/// preamble, section headings <c>一、…</c> and numbered measures <c>1.…（责任单位：…）</c>. Every problem
/// found is collected with its line and column and reported together.
/// </summary>
internal static partial class PolicyTextReader
{
    /// <summary>A section heading as read.</summary>
    internal sealed record SectionText(SectionNumber Number, string TitleZh, int Line);

    /// <summary>A measure as read.</summary>
    internal sealed record MeasureText(
        MeasureNumber Number,
        SectionNumber Section,
        string TextZh,
        string ResponsibilityClauseZh,
        ImmutableArray<string> UnitNamesZh,
        ImmutableArray<ResponsibleUnit> Units,
        ImmutableArray<DocumentNumber> CitedDocuments,
        int Line);

    /// <summary>The whole text as read.</summary>
    internal sealed record PolicyText(
        string TitleZh,
        string PreambleZh,
        ImmutableArray<DocumentNumber> CitedDocuments,
        ImmutableArray<SectionText> Sections,
        ImmutableArray<MeasureText> Measures);

    /// <summary>Reads the text; throws <see cref="InvalidInputException"/> with every problem found.</summary>
    public static PolicyText Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var problems = new List<DataProblem>();
        string? title = null;
        var preamble = new List<string>();
        var preambleDocuments = new List<DocumentNumber>();
        var sections = new List<SectionText>();
        var measures = new List<MeasureText>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\uFEFF');
            var indent = raw.Length - raw.TrimStart(' ', '\t', '\u3000', '\u00A0', '\uFEFF').Length;
            if (line.Length == 0)
            {
                continue;
            }

            SourceLocation At(int column = 1) => SourceLocation.Of(sourceName, lineNumber, indent + column);

            if (title is null)
            {
                title = line;
                continue;
            }

            if (SectionHeading().Match(line) is { Success: true } heading)
            {
                ReadSection(heading, sections, At, problems);
                continue;
            }

            if (MeasureLine().Match(line) is { Success: true } numbered)
            {
                ReadMeasure(numbered, lineNumber, sections, measures, At, problems);
                continue;
            }

            if (sections.Count == 0)
            {
                preamble.Add(line);
                preambleDocuments.AddRange(FindDocuments(line, At, problems, measure: null));
                continue;
            }

            problems.Add(DataProblem.At(At(), $"Expected a section heading (一、…) or a numbered measure (1.…（责任单位：…）), found '{Shorten(line)}'."));
        }

        if (title is null)
        {
            problems.Add(DataProblem.At(SourceLocation.Of(sourceName), "The text is empty: expected a title line, a preamble, sections and measures."));
        }
        else
        {
            if (preamble.Count == 0)
            {
                problems.Add(DataProblem.At(SourceLocation.Of(sourceName), "The text has no preamble between the title and the first section."));
            }

            if (sections.Count == 0)
            {
                problems.Add(DataProblem.At(SourceLocation.Of(sourceName), "The text has no section heading (一、…)."));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new PolicyText(
            title!,
            string.Join("\n", preamble),
            [.. preambleDocuments.Concat(measures.SelectMany(m => m.CitedDocuments)).Distinct()],
            [.. sections],
            [.. measures]);
    }

    private static void ReadSection(Match heading, List<SectionText> sections, Func<int, SourceLocation> at, List<DataProblem> problems)
    {
        var numeral = heading.Groups["numeral"].Value;
        var expected = sections.Count + 1;
        if (!SectionNumber.TryParse(numeral, out var number))
        {
            problems.Add(DataProblem.At(at(1), $"'{numeral}' is not a section numeral (一 to 八)."));
            return;
        }

        if (number.Value != expected)
        {
            problems.Add(DataProblem.At(at(1), $"Section {numeral} ({number}) is out of order: expected section {expected}."));
        }

        sections.Add(new SectionText(number, heading.Groups["title"].Value, at(1).Line!.Value));
    }

    private static void ReadMeasure(Match numbered, int lineNumber, List<SectionText> sections, List<MeasureText> measures, Func<int, SourceLocation> at, List<DataProblem> problems)
    {
        var digits = numbered.Groups["number"].Value;
        var expected = measures.Count == 0 ? 1 : measures[^1].Number.Value + 1;
        if (!MeasureNumber.TryParse(digits, out var number))
        {
            problems.Add(DataProblem.At(at(1), $"'{digits}' is not a measure number (1 to 28)."));
            return;
        }

        if (number.Value != expected)
        {
            problems.Add(DataProblem.At(at(1), $"Measure {number} is out of order: expected measure {expected}.", measure: number.Value));
        }

        if (sections.Count == 0)
        {
            problems.Add(DataProblem.At(at(1), $"Measure {number} comes before any section heading.", measure: number.Value));
            return;
        }

        var body = numbered.Groups["body"];
        var clause = ResponsibilityClause().Match(body.Value);
        if (!clause.Success)
        {
            problems.Add(DataProblem.At(at(body.Index + 1), $"Measure {number} does not end with its responsibility clause （责任单位：…）.", measure: number.Value));
            return;
        }

        var text = body.Value[..clause.Index];
        var namesGroup = clause.Groups["units"];
        var names = ImmutableArray.CreateBuilder<string>();
        var units = ImmutableArray.CreateBuilder<ResponsibleUnit>();
        var offset = body.Index + namesGroup.Index;
        foreach (var part in namesGroup.Value.Split(UnitSeparators))
        {
            var name = part.Trim();
            var column = offset + 1;
            offset += part.Length + 1;
            if (name.Length == 0)
            {
                problems.Add(DataProblem.At(at(column), $"Measure {number} has an empty unit name in its responsibility clause.", measure: number.Value));
                continue;
            }

            if (!ResponsibleUnits.TryFind(name, out var unit))
            {
                var closest = ResponsibleUnits.Suggest(name);
                var hint = closest.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", closest.Select(c => "'" + c + "'")) + "?";
                problems.Add(DataProblem.At(at(column), $"Measure {number} names an unknown responsible unit '{name}'.{hint}", measure: number.Value));
                continue;
            }

            if (units.Contains(unit))
            {
                problems.Add(DataProblem.At(at(column), $"Measure {number} names '{name}' twice.", measure: number.Value));
                continue;
            }

            names.Add(name);
            units.Add(unit);
        }

        var documents = FindDocuments(text, c => at(body.Index + c), problems, number.Value);
        measures.Add(new MeasureText(
            number,
            sections[^1].Number,
            text,
            clause.Value,
            names.ToImmutable(),
            units.ToImmutable(),
            [.. documents],
            lineNumber));
    }

    private static List<DocumentNumber> FindDocuments(string text, Func<int, SourceLocation> at, List<DataProblem> problems, int? measure)
    {
        var found = new List<DocumentNumber>();
        foreach (Match candidate in DocumentCandidate().Matches(text))
        {
            if (DocumentNumber.TryParse(candidate.Value, out var number, out var problem, out _))
            {
                found.Add(number);
            }
            else
            {
                problems.Add(DataProblem.At(at(candidate.Index + 1), problem, measure: measure));
            }
        }

        return found;
    }

    private static string Shorten(string line) => line.Length <= 30 ? line : line[..30] + "…";

    private static readonly char[] UnitSeparators = ['、', '，'];

    [GeneratedRegex(@"^(?<numeral>[一二三四五六七八九十]+)、(?<title>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?<number>\d+)\.(?<body>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureLine();

    [GeneratedRegex(@"（责任单位：(?<units>[^（）]+)）$", RegexOptions.CultureInvariant)]
    private static partial Regex ResponsibilityClause();

    // A run of Chinese characters followed by a year in any kind of bracket: canonical numbers are
    // taken, mis-typed ones (e.g. 冀政办字[2019]9号) are reported with the canonical form.
    [GeneratedRegex(@"(?<![\u4E00-\u9FFF])[\u4E00-\u9FFF]{1,12}[〔\[［（(【]\d{4}[〕\]］）)】]\d{1,5}号", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentCandidate();
}
