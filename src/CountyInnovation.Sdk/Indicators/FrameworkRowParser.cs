using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Diagnostics;
using static CountyInnovation.Sdk.Indicators.FrameworkColumns;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>Turns framework rows (from CSV or JSON) into a validated framework, reporting every problem with its place.</summary>
internal static class FrameworkRowParser
{
    public static IndicatorFramework Build(IReadOnlyList<FrameworkRow> rows, SourceLocation whole, List<DataProblem> problems)
    {
        var groups = ImmutableArray.CreateBuilder<IndicatorGroup>();
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var locations = new Dictionary<IndicatorCode, SourceLocation>();
        var levels = new List<(IndicatorCode Code, int Level, SourceLocation At)>();
        foreach (var row in rows)
        {
            ParseRow(row, problems, groups, indicators, locations, levels);
        }

        if (rows.Count == 0)
        {
            problems.Add(DataProblem.At(whole, "The framework has no nodes."));
        }

        IndicatorFramework? framework = null;
        if (rows.Count > 0)
        {
            try
            {
                framework = IndicatorFramework.CreateLocated(groups.ToImmutable(), indicators.ToImmutable(), code => locations.TryGetValue(code, out var at) ? at : whole);
            }
            catch (InvalidInputException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (framework is not null)
        {
            foreach (var (code, level, at) in levels.Where(l => framework.Contains(l.Code)))
            {
                var actual = framework.LevelOf(code);
                if (actual != level)
                {
                    problems.Add(DataProblem.At(at, $"'{code}' is at level {actual} of the tree (0 = index, 1 = first-level), not {level}.", indicator: code.Value));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.OrderBy(p => p.Location.Line ?? 0).ThenBy(p => p.Location.Column ?? 0));
        }

        return framework!;
    }

    private static void ParseRow(
        FrameworkRow row,
        List<DataProblem> problems,
        ImmutableArray<IndicatorGroup>.Builder groups,
        ImmutableArray<Indicator>.Builder indicators,
        Dictionary<IndicatorCode, SourceLocation> locations,
        List<(IndicatorCode, int, SourceLocation)> levels)
    {
        var before = problems.Count;
        void Report(string field, string message, IndicatorCode? about = null) =>
            problems.Add(DataProblem.At(row.At(field), message, indicator: about?.Value ?? NullIfEmpty(row.Text(Code))));

        if (!IndicatorCode.TryParse(row.Text(Code), out var code, out var codeReason))
        {
            Report(Code, codeReason);
            return;
        }

        if (locations.ContainsKey(code))
        {
            Report(Code, $"The code '{code}' is already used at {locations[code]}: codes must be unique.", code);
            return;
        }

        var kindText = row.Text(Kind);
        var kind = kindText switch
        {
            "index" or "group" or "quantitative" or "qualitative" => kindText,
            _ => null,
        };
        if (kind is null)
        {
            Report(Kind, $"'{kindText}' is not a kind: expected index, group, quantitative or qualitative.", code);
        }

        IndicatorCode? parent = null;
        var parentText = row.Text(Parent);
        if (parentText.Length > 0)
        {
            if (IndicatorCode.TryParse(parentText, out var p, out var parentReason))
            {
                parent = p;
            }
            else
            {
                Report(Parent, parentReason, code);
            }
        }
        else if (kind is not null and not "index")
        {
            Report(Parent, $"'{code}' has no parent: only the index (kind 'index') may have none.", code);
        }

        if (parent == code)
        {
            Report(Parent, $"'{code}' cannot be its own parent.", code);
            parent = null;
        }

        if (kind == "index" && parent is not null)
        {
            Report(Parent, $"The index '{code}' cannot have a parent.", code);
        }

        // One line of text per field, so the CSV and JSON forms hold the same text: a CR would come
        // back as LF through CSV. A note may span lines (LF only).
        foreach (var (field, (text, _)) in row.Fields)
        {
            if (text.Any(c => (char.IsControl(c) && !(field == Note && c == '\n')) || c is '\u2028' or '\u2029'))
            {
                Report(field, $"The field '{field}' of '{code}' holds a line break or control character: write it on one line{(field == Note ? " (a note may use plain line feeds)" : string.Empty)}.", code);
            }
        }

        var nameZh = row.Text(NameZh);
        var nameEn = row.Text(NameEn);
        if (nameZh.Length == 0)
        {
            Report(NameZh, $"'{code}' has no Chinese name (name_zh).", code);
        }

        if (nameEn.Length == 0)
        {
            Report(NameEn, $"'{code}' has no English name (name_en).", code);
        }

        var weight = kind == "index" && row.Text(Weight).Length == 0 ? 1 : Number(row, Weight, required: true, problems, code) ?? double.NaN;
        if (!double.IsNaN(weight) && !(double.IsFinite(weight) && weight > 0))
        {
            Report(Weight, $"The weight of '{code}' must be a positive number, not {row.Text(Weight)}.", code);
        }

        var provenance = Provenance(row, FrameworkColumns.Provenance, problems, code);
        var weightProvenance = Provenance(row, WeightProvenance, problems, code);
        var levelText = row.Text(Level);
        if (levelText.Length > 0)
        {
            if (int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                levels.Add((code, level, row.At(Level)));
            }
            else
            {
                Report(Level, $"The level '{levelText}' is not a whole number ≥ 0.", code);
            }
        }

        var note = NullIfEmpty(row.Text(Note));
        if (kind is null)
        {
            return;
        }

        if (kind is "index" or "group")
        {
            foreach (var field in new[] { Direction, Lower, Upper, Target, Formula })
            {
                if (row.Text(field).Length > 0)
                {
                    Report(field, $"'{code}' is a {kind}: '{field}' applies to indicators only; leave it empty.", code);
                }
            }

            // A group with problems still takes its place in the tree (with safe stand-in values) so
            // that its children are not reported as orphans too; the problems make the load fail anyway.
            var clean = problems.Count == before;
            if (kind == "index" || parent is not null)
            {
                groups.Add(IndicatorGroup.Create(code, parent, clean ? nameZh : "?", clean ? nameEn : "?", clean ? weight : 1, provenance, weightProvenance, note));
                locations[code] = row.Location;
            }

            return;
        }

        var directionText = row.Text(Direction);
        IndicatorDirection direction = default;
        switch (directionText)
        {
            case "more_is_better" or "+" or "1" or "+1":
                direction = IndicatorDirection.MoreIsBetter;
                break;
            case "less_is_better" or "-" or "-1":
                direction = IndicatorDirection.LessIsBetter;
                break;
            default:
                Report(Direction, $"'{directionText}' is not a direction: expected more_is_better (or +, 1) or less_is_better (or -, -1).", code);
                break;
        }

        var lower = Number(row, Lower, required: false, problems, code);
        var upper = Number(row, Upper, required: false, problems, code);
        Goalposts? goalposts = null;
        var hasLower = row.Text(Lower).Length > 0;
        if (hasLower != (row.Text(Upper).Length > 0))
        {
            Report(hasLower ? Upper : Lower, $"'{code}' has only one goalpost: give both lower and upper, or neither.", code);
        }
        else if (lower is { } l && upper is { } u)
        {
            if (l < u)
            {
                goalposts = Goalposts.Of(l, u);
            }
            else
            {
                Report(Upper, $"The upper goalpost of '{code}' ({row.Text(Upper)}) must be greater than the lower one ({row.Text(Lower)}).", code);
            }
        }

        var target = Number(row, Target, required: false, problems, code);
        IndicatorFormula? formula = null;
        var formulaText = row.Text(Formula);
        if (formulaText.Length > 0)
        {
            if (IndicatorFormula.TryParse(formulaText, out var f, out var formulaReason))
            {
                formula = f;
            }
            else
            {
                Report(Formula, formulaReason, code);
            }
        }

        if (parent is not { } parentCode || parentCode == code)
        {
            return;
        }

        if (problems.Count != before)
        {
            // Stand-in so the tree checks run on the rest of the file (the load fails anyway).
            indicators.Add(Indicator.Create(code, parentCode, "?", "?", string.Empty, IndicatorDirection.MoreIsBetter, 1));
            locations[code] = row.Location;
            return;
        }

        var indicatorKind = kind == "qualitative" ? IndicatorKind.Qualitative : IndicatorKind.Quantitative;
        var problem = Indicator.Check(code, parentCode, nameZh, nameEn, row.Text(Unit), direction, weight, indicatorKind, goalposts, target, formula, provenance, weightProvenance);
        if (problem is not null)
        {
            Report(Kind, $"'{code}': {problem}", code);
            return;
        }

        indicators.Add(Indicator.Create(code, parentCode, nameZh, nameEn, row.Text(Unit), direction, weight, indicatorKind, goalposts, target, formula, provenance, weightProvenance, note));
        locations[code] = row.Location;
    }

    private static double? Number(FrameworkRow row, string field, bool required, List<DataProblem> problems, IndicatorCode code)
    {
        var text = row.Text(field);
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(DataProblem.At(row.At(field), $"'{code}' has no {field}.", indicator: code.Value));
            }

            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add(DataProblem.At(row.At(field), $"The {field} of '{code}' is '{text}', not a finite number.", indicator: code.Value));
        return null;
    }

    private static IndicatorProvenance Provenance(FrameworkRow row, string field, List<DataProblem> problems, IndicatorCode code)
    {
        var text = row.Text(field);
        switch (text)
        {
            case "" or "assumption":
                return IndicatorProvenance.SdkAssumption;
            case "official":
                return IndicatorProvenance.Official;
            case "national_standard":
                return IndicatorProvenance.NationalStandard;
            default:
                problems.Add(DataProblem.At(row.At(field), $"'{text}' is not a provenance: expected official, national_standard or assumption.", indicator: code.Value));
                return IndicatorProvenance.SdkAssumption;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
