using System.Globalization;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// The raw fields of one observation as a reader found them, each with its place, and the one set
/// of rules both the CSV and the JSON reader apply to them.
/// </summary>
internal sealed class ObservationRecord
{
    public required SourceLocation Row { get; init; }

    public (string? Text, SourceLocation Where) Target { get; init; }

    public (string? Text, SourceLocation Where) Period { get; init; }

    public (string? Text, SourceLocation Where) Value { get; init; }

    public (string? Text, SourceLocation Where) Level { get; init; }

    public (string? Text, SourceLocation Where) Place { get; init; }

    public (string? Text, SourceLocation Where) Source { get; init; }

    /// <summary>
    /// Checks every field, adds a problem for each that is wrong (naming the target's measure when
    /// <paramref name="plan"/> knows it), and returns the observation when none is.
    /// </summary>
    public Observation? Validate(IReadOnlySet<string>? knownTargets, List<DataProblem> problems, TargetPlan? plan = null)
    {
        var before = problems.Count;
        var target = Target.Text?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            problems.Add(DataProblem.At(Target.Where, "The target id is missing."));
        }
        else if (knownTargets is not null && !knownTargets.Contains(target))
        {
            problems.Add(DataProblem.At(Target.Where, $"Unknown target id '{target}'. Known ids: {string.Join(", ", knownTargets.Order(StringComparer.Ordinal))}."));
        }

        if (!ObservationPeriod.TryParse(Period.Text, out var period))
        {
            problems.Add(DataProblem.At(Period.Where, $"'{Period.Text}' is not a period: write a year (2021) or a date (2021-06-30), between 1900 and 2200."));
        }

        double value = 0;
        if (string.IsNullOrWhiteSpace(Value.Text))
        {
            problems.Add(DataProblem.At(Value.Where, "The value is missing: write a number; leave out the row if there is no observation."));
        }
        else if (!double.TryParse(Value.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            problems.Add(DataProblem.At(Value.Where, $"'{Value.Text}' is not a number (use a dot for decimals, no unit or % sign)."));
        }

        var level = GovernmentLevel.Province;
        var levelKnown = string.IsNullOrWhiteSpace(Level.Text) || TryParseLevel(Level.Text, out level);
        if (!levelKnown)
        {
            problems.Add(DataProblem.At(Level.Where, $"'{Level.Text}' is not a level: use province, city or county."));
        }

        var place = string.IsNullOrWhiteSpace(Place.Text) ? null : Place.Text.Trim();
        if (levelKnown && level == GovernmentLevel.Province && place is not null)
        {
            problems.Add(DataProblem.At(Place.Where, $"A province-level observation names no place, but '{place}' is given: set the level to city or county."));
        }
        else if (levelKnown && level != GovernmentLevel.Province && place is null)
        {
            problems.Add(DataProblem.At(Place.Where, $"A {Lower(level)}-level observation must name its {Lower(level)} (a name or GB/T 2260 code)."));
        }
        else if (levelKnown && place is not null && ObservationPlaces.Problem(level, place) is { } unknownPlace)
        {
            problems.Add(DataProblem.At(Place.Where, unknownPlace));
        }

        if (problems.Count == before)
        {
            return Observation.Of(target!, period, value, level, place, Source.Text);
        }

        if (!string.IsNullOrEmpty(target) && MeasureOf(plan, target) is { } measure)
        {
            for (var i = before; i < problems.Count; i++)
            {
                problems[i] = WithMeasure(problems[i], measure);
            }
        }

        return null;
    }

    /// <summary>
    /// Reports every second observation of one target, level, place and period (and, for a target
    /// of <paramref name="plan"/> that must rise every year, of one year), then builds the set or throws.
    /// </summary>
    /// <param name="name">The set's name (for a JSON file, its <c>name</c> property).</param>
    /// <param name="isIllustrative">Whether the set is labelled illustrative.</param>
    /// <param name="read">The observations read, with their rows.</param>
    /// <param name="problems">The problems so far.</param>
    /// <param name="plan">The plan, when the targets are a plan's.</param>
    /// <param name="empty">Where an empty file is reported: the file (or its observations array), never the set's name.</param>
    public static ObservationSet Finish(string name, bool isIllustrative, List<(Observation Observation, SourceLocation Row)> read, List<DataProblem> problems, TargetPlan? plan = null, SourceLocation? empty = null)
    {
        var seen = new Dictionary<(string, GovernmentLevel, string?, NodaTime.LocalDate), SourceLocation>();
        foreach (var (o, row) in read)
        {
            if (!seen.TryAdd((o.TargetId, o.Level, o.Place, o.Period.EndDate), row))
            {
                problems.Add(DataProblem.At(
                    row,
                    $"A second observation of {o.TargetId} for {o.Period} at {Lower(o.Level)} level{(o.Place is null ? string.Empty : " " + o.Place)}; the first is at {seen[(o.TargetId, o.Level, o.Place, o.Period.EndDate)]}.",
                    measure: MeasureOf(plan, o.TargetId)));
            }
        }

        // A yearly rise compares one value per year: two in one year (a mid-year and a year-end
        // figure) would have to be chosen between, which the reader must not do silently.
        var years = new Dictionary<(string, GovernmentLevel, string?, int), (SourceLocation Row, ObservationPeriod Period)>();
        foreach (var (o, row) in read.Where(r => plan?.Find(r.Observation.TargetId)?.Rule is YearlyRiseRule))
        {
            var key = (o.TargetId, o.Level, o.Place, o.Period.Year);
            if (!years.TryGetValue(key, out var first))
            {
                years.Add(key, (row, o.Period));
            }
            else if (first.Period.EndDate != o.Period.EndDate)
            {
                problems.Add(DataProblem.At(
                    row,
                    $"{o.TargetId} must rise every year and takes one value per year, but {o.Period} is a second value for {o.Period.Year} at {Lower(o.Level)} level{(o.Place is null ? string.Empty : " " + o.Place)}; the first ({first.Period}) is at {first.Row}.",
                    measure: MeasureOf(plan, o.TargetId)));
            }
        }

        if (problems.Count == 0 && read.Count == 0)
        {
            problems.Add(DataProblem.At(empty ?? SourceLocation.Of(name), "The file holds no observations."));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return ObservationSet.Of(name, read.Select(r => r.Observation), isIllustrative);
    }

    private static int? MeasureOf(TargetPlan? plan, string id) => plan?.Find(id)?.Measure?.Value;

    private static DataProblem WithMeasure(DataProblem p, int measure) =>
        DataProblem.At(p.Location, p.Message, p.County, p.Indicator, p.Measure ?? measure);

    private static bool TryParseLevel(string text, out GovernmentLevel level)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "province" or "省" or "省级":
                level = GovernmentLevel.Province;
                return true;
            case "city" or "市" or "市级":
                level = GovernmentLevel.City;
                return true;
            case "county" or "县" or "县级":
                level = GovernmentLevel.County;
                return true;
            default:
                level = default;
                return false;
        }
    }

    private static string Lower(GovernmentLevel level) => level.ToString().ToLowerInvariant();
}
