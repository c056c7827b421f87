using System.Globalization;
using System.Text.Json;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Policy;
using NodaTime;
using NodaTime.Text;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Reads a user-defined target plan from JSON (format: <c>docs/formats/targets.md</c>). Every
/// problem is collected with its line and column and thrown together as an
/// <see cref="InvalidInputException"/>; nothing is half-loaded. With
/// <c>"includePolicyTargets": true</c> the plan also holds <see cref="PolicyTargets.Hebei2020"/>.
/// </summary>
public static class TargetPlanJsonReader
{
    /// <summary>The target kinds the file format knows.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["quantity", "doubling", "rises-every-year", "standing-threshold", "yearly-duty"];

    private static readonly Dictionary<string, string[]> KindFields = new(StringComparer.Ordinal)
    {
        ["quantity"] = ["value", "deadline", "direction", "start", "base"],
        ["doubling"] = ["baselineYear", "baselineValue", "deadline"],
        ["rises-every-year"] = ["firstYear", "lastYear", "thresholds"],
        ["standing-threshold"] = ["minimum", "levels", "start"],
        ["yearly-duty"] = ["firstYear", "lastYear", "due"],
    };

    private static readonly string[] CommonFields = ["id", "measure", "title", "titleZh", "unit", "kind"];

    /// <summary>Reads a whole plan.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file name for errors.</param>
    /// <exception cref="InvalidInputException">Anything is wrong; every problem is listed.</exception>
    public static TargetPlan Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var root = LocatedJson.Parse(Data.InputLimits.ReadAll(reader, source), source);
        var problems = new List<DataProblem>();
        if (!root.IsObject)
        {
            throw new InvalidInputException([DataProblem.At(root.Location, $"Expected an object with \"name\" and \"targets\", found {root.Describe()}.")]);
        }

        var top = new Fields(root, problems, ["name", "includePolicyTargets", "note", "targets"]);
        var name = top.String("name", required: true) ?? source;
        var include = top.Boolean("includePolicyTargets") ?? false;
        var list = top.Array("targets");
        var targets = new List<(TrackedTarget Target, SourceLocation Where)>();
        foreach (var item in list ?? [])
        {
            if (!item.IsObject)
            {
                problems.Add(DataProblem.At(item.Location, $"A target must be an object, found {item.Describe()}."));
            }
            else if (ReadTarget(item, problems) is { } target)
            {
                targets.Add((target, item.Location));
            }
        }

        var policy = include ? PolicyTargets.Hebei2020 : null;
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (target, where) in targets)
        {
            var measure = target.Measure?.Value;
            if (policy?.Find(target.Id) is not null)
            {
                problems.Add(DataProblem.At(where, $"The id '{target.Id}' is already a policy target; choose another id.", measure: measure));
            }
            else if (!seen.TryAdd(target.Id, where))
            {
                problems.Add(DataProblem.At(where, $"The id '{target.Id}' is used twice; the first is at {seen[target.Id]}.", measure: measure));
            }
        }

        if (problems.Count == 0 && targets.Count == 0 && !include)
        {
            problems.Add(DataProblem.At(root.Location, "The plan has no targets."));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var own = TargetPlan.Of(name, targets.Select(t => t.Target));
        return policy is null ? own : TargetPlan.Of(name, policy.Targets.Concat(own.Targets));
    }

    private static TrackedTarget? ReadTarget(LocatedJson item, List<DataProblem> problems)
    {
        var before = problems.Count;
        var kindField = item.Properties.FirstOrDefault(p => p.Name == "kind");
        var kind = kindField.Value is { IsString: true } k ? k.Text : null;
        if (kind is null || !KindFields.TryGetValue(kind, out var kindFields))
        {
            problems.Add(DataProblem.At(kindField.Value?.Location ?? item.Location, $"\"kind\" must be one of {string.Join(", ", Kinds)}."));
            return null;
        }

        var f = new Fields(item, problems, [.. CommonFields, .. kindFields]);
        var id = f.String("id", required: true);
        if (id is not null && !TrackedTarget.IsValidId(id))
        {
            problems.Add(DataProblem.At(f.Where("id"), $"'{id}' is not a target id: use 1–40 letters, digits, '-', '_' or '.', starting with a letter or digit."));
        }

        var measureNumber = f.Integer("measure", MeasureNumber.MinValue, MeasureNumber.MaxValue);
        var title = f.String("title", required: true);
        var titleZh = f.String("titleZh");
        var unit = f.String("unit");
        ITargetRule? rule = kind switch
        {
            "quantity" => Quantity(f, problems),
            "doubling" => Doubling(f, problems),
            "rises-every-year" => Rising(f, problems),
            "standing-threshold" => Threshold(f),
            _ => Duty(f, problems),
        };
        if (problems.Count != before || rule is null)
        {
            if (measureNumber is { } measure)
            {
                for (var i = before; i < problems.Count; i++)
                {
                    var p = problems[i];
                    problems[i] = DataProblem.At(p.Location, p.Message, p.County, p.Indicator, p.Measure ?? measure);
                }
            }

            return null;
        }

        return TrackedTarget.Create(id!, measureNumber is { } m ? MeasureNumber.From(m) : null, title!, rule, titleZh, unit);
    }

    private static NumericRule? Quantity(Fields f, List<DataProblem> problems)
    {
        var value = f.Number("value", required: true, minimum: 0);
        var deadline = f.Date("deadline", required: true);
        GoalDirection? direction = f.String("direction") switch
        {
            null or "increase" => GoalDirection.Increase,
            "decrease" => GoalDirection.Decrease,
            var other => Report<GoalDirection?>(problems, f.Where("direction"), $"'{other}' is not a direction: use increase or decrease."),
        };
        var start = f.Date("start");
        DatedValue? declaredBase = null;
        if (f.Object("base") is { } b)
        {
            var bf = new Fields(b, problems, ["period", "value"]);
            var period = bf.String("period", required: true);
            var baseValue = bf.Number("value", required: true, minimum: 0);
            if (period is not null && !ObservationPeriod.TryParse(period, out _))
            {
                problems.Add(DataProblem.At(bf.Where("period"), $"'{period}' is not a period: write a year (2019) or a date (2019-12-31)."));
            }
            else if (period is not null && baseValue is { } bv)
            {
                declaredBase = DatedValue.Of(ObservationPeriod.Parse(period).EndDate, bv);
            }
        }

        // An unknown direction was reported above and stops here: it is never used.
        if (value is not { } v || deadline is not { } d || direction is not { } goalDirection)
        {
            return null;
        }

        if (start is { } s && s > d)
        {
            problems.Add(DataProblem.At(f.Where("start"), $"The start {s:uuuu-MM-dd} is after the deadline {d:uuuu-MM-dd}."));
            return null;
        }

        if (declaredBase is { } db && db.Date >= d)
        {
            problems.Add(DataProblem.At(f.Where("base"), $"The base must be dated before the deadline {d:uuuu-MM-dd}."));
            return null;
        }

        return NumericRule.For(NumericGoal.Reach(v, d, goalDirection, start, declaredBase));
    }

    private static DoublingRule? Doubling(Fields f, List<DataProblem> problems)
    {
        var year = f.Integer("baselineYear", 1900, 2200, required: true);
        var value = f.Number("baselineValue", minimum: 0);
        var deadline = f.Date("deadline", required: true);
        if (value == 0)
        {
            problems.Add(DataProblem.At(f.Where("baselineValue"), "\"baselineValue\" must be > 0: zero doubled is zero, so any value would reach it."));
            return null;
        }

        if (year is not { } y || deadline is not { } d)
        {
            return null;
        }

        if (d <= new LocalDate(y, 12, 31))
        {
            problems.Add(DataProblem.At(f.Where("deadline"), $"The deadline must be after the baseline year {y}."));
            return null;
        }

        return DoublingRule.From(y, value, d);
    }

    private static YearlyRiseRule? Rising(Fields f, List<DataProblem> problems)
    {
        var (first, last) = Years(f, problems);
        ProgressThresholds? thresholds = null;
        if (f.Object("thresholds") is { } t)
        {
            var tf = new Fields(t, problems, ["onTrack", "accelerationNeeded", "limitedProgress"]);
            var onTrack = tf.Number("onTrack", required: true);
            var acceleration = tf.Number("accelerationNeeded", required: true);
            var limited = tf.Number("limitedProgress", required: true);
            if (onTrack is { } a && acceleration is { } b && limited is { } c)
            {
                if (a > b && b >= c)
                {
                    thresholds = ProgressThresholds.Of(a, b, c);
                }
                else
                {
                    problems.Add(DataProblem.At(t.Location, "Thresholds must decrease: onTrack > accelerationNeeded ≥ limitedProgress."));
                }
            }
        }

        return first is { } x && last is { } y ? YearlyRiseRule.For(x, y, thresholds) : null;
    }

    private static StandingThresholdRule? Threshold(Fields f)
    {
        var minimum = f.Number("minimum", required: true);
        var levels = f.Levels("levels");
        var start = f.Date("start");
        return minimum is { } m && levels is { } l ? StandingThresholdRule.AtLeast(m, l, start) : null;
    }

    private static RecurringDutyRule? Duty(Fields f, List<DataProblem> problems)
    {
        var (first, last) = Years(f, problems);
        var dueText = f.String("due");
        AnnualDate? due = null;
        if (dueText is not null)
        {
            var parsed = AnnualDatePattern.Iso.Parse(dueText);
            if (parsed.Success)
            {
                due = parsed.Value;
            }
            else
            {
                problems.Add(DataProblem.At(f.Where("due"), $"'{dueText}' is not a day of the year: write MM-dd, for example 12-31."));
            }
        }

        return first is { } x && last is { } y ? RecurringDutyRule.Yearly(x, y, due) : null;
    }

    private static (int? First, int? Last) Years(Fields f, List<DataProblem> problems)
    {
        var first = f.Integer("firstYear", 1900, 2200, required: true);
        var last = f.Integer("lastYear", 1900, 2200, required: true);
        if (first is { } a && last is { } b && b < a)
        {
            problems.Add(DataProblem.At(f.Where("lastYear"), $"lastYear {b} is before firstYear {a}."));
            return (null, null);
        }

        return (first, last);
    }

    private static T Report<T>(List<DataProblem> problems, SourceLocation where, string message)
    {
        problems.Add(DataProblem.At(where, message));
        return default!;
    }

    /// <summary>Typed, located access to an object's properties; unknown and duplicate names are reported once.</summary>
    private sealed class Fields
    {
        private readonly LocatedJson owner;
        private readonly List<DataProblem> problems;
        private readonly Dictionary<string, (SourceLocation Name, LocatedJson Value)> byName = new(StringComparer.Ordinal);

        public Fields(LocatedJson owner, List<DataProblem> problems, string[] allowed)
        {
            this.owner = owner;
            this.problems = problems;
            foreach (var (name, where, value) in owner.Properties)
            {
                if (!allowed.Contains(name))
                {
                    problems.Add(DataProblem.At(where, $"Unknown property \"{name}\": expected {string.Join(", ", allowed)}."));
                }
                else if (!byName.TryAdd(name, (where, value)))
                {
                    problems.Add(DataProblem.At(where, $"The property \"{name}\" appears twice."));
                }
            }
        }

        public SourceLocation Where(string name) => byName.TryGetValue(name, out var p) ? p.Value.Location : owner.Location;

        public string? String(string name, bool required = false) =>
            Get(name, required, "a string", v => v.IsString && !string.IsNullOrWhiteSpace(v.Text), v => v.Text!.Trim());

        public bool? Boolean(string name) =>
            Get(name, false, "true or false", v => v.IsBoolean, v => (bool?)(v.Kind == JsonTokenType.True));

        public double? Number(string name, bool required = false, double minimum = double.MinValue) =>
            Get(name, required, minimum == double.MinValue ? "a number" : $"a number ≥ {minimum.ToString(CultureInfo.InvariantCulture)}", v => v.IsNumber && double.IsFinite(v.Number) && v.Number >= minimum, v => (double?)v.Number);

        public int? Integer(string name, int minimum, int maximum, bool required = false) =>
            Get(name, required, $"a whole number {minimum}–{maximum}", v => v.IsNumber && v.Number == Math.Floor(v.Number) && v.Number >= minimum && v.Number <= maximum, v => (int?)(int)v.Number);

        public LocalDate? Date(string name, bool required = false) =>
            Get(name, required, "a date yyyy-MM-dd", v => v.IsString && LocalDatePattern.Iso.Parse(v.Text!).Success, v => (LocalDate?)LocalDatePattern.Iso.Parse(v.Text!).Value);

        public LocatedJson? Object(string name) => Get(name, false, "an object", v => v.IsObject, v => v);

        public LocatedJson[]? Array(string name) => Get(name, true, "an array", v => v.IsArray, v => v.Items.ToArray());

        public GovernmentLevel[]? Levels(string name)
        {
            var items = Get(name, false, "an array of levels", v => v.IsArray && v.Items.Count > 0, v => v.Items.ToArray());
            if (!byName.ContainsKey(name))
            {
                return [GovernmentLevel.Province, GovernmentLevel.City, GovernmentLevel.County];
            }

            var levels = new List<GovernmentLevel>();
            foreach (var item in items ?? [])
            {
                // Only the three names: Enum.TryParse would also take "1" and "Province, City".
                GovernmentLevel? level = item.IsString ? item.Text switch
                {
                    "province" => GovernmentLevel.Province,
                    "city" => GovernmentLevel.City,
                    "county" => GovernmentLevel.County,
                    _ => null,
                } : null;
                if (level is { } known)
                {
                    levels.Add(known);
                }
                else
                {
                    problems.Add(DataProblem.At(item.Location, "A level is \"province\", \"city\" or \"county\"."));
                }
            }

            return items is null || levels.Count != items.Length ? null : [.. levels];
        }

        private T? Get<T>(string name, bool required, string expected, Func<LocatedJson, bool> valid, Func<LocatedJson, T> convert)
        {
            if (!byName.TryGetValue(name, out var p) || p.Value.Kind == JsonTokenType.Null)
            {
                if (required)
                {
                    problems.Add(DataProblem.At(owner.Location, $"\"{name}\" is missing: it must be {expected}."));
                }

                return default;
            }

            if (!valid(p.Value))
            {
                problems.Add(DataProblem.At(p.Value.Location, $"\"{name}\" must be {expected}, found {Shown(p.Value)}."));
                return default;
            }

            return convert(p.Value);
        }

        private static string Shown(LocatedJson value) =>
            value.IsString || value.IsNumber ? $"'{value.Text}'" : value.Describe();
    }
}
