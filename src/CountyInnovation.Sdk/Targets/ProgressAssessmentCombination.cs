using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>Combines the assessments of several places into one: a target that must hold everywhere is only as good as its worst place.</summary>
internal static class ProgressAssessmentCombination
{
    /// <summary>
    /// Assesses the province-level series when there is one; otherwise every place observed at
    /// the highest level present (a city's own data, or its counties'), combined by
    /// <see cref="Worst"/>.
    /// </summary>
    public static ProgressAssessment TopLevel(ImmutableArray<Observation> observations, LocalDate asOf, Func<IEnumerable<DatedValue>, ProgressAssessment> assess)
    {
        if (observations.IsEmpty || observations.Any(o => o.Level == GovernmentLevel.Province))
        {
            return assess(observations.Where(o => o.Level == GovernmentLevel.Province).Select(o => o.Point));
        }

        var top = observations.Min(o => o.Level);
        return EveryPlace(observations.Where(o => o.Level == top), asOf, assess);
    }

    /// <summary>Assesses every place separately and combines them by <see cref="Worst"/> (one place: its own result).</summary>
    public static ProgressAssessment EveryPlace(IEnumerable<Observation> observations, LocalDate asOf, Func<IEnumerable<DatedValue>, ProgressAssessment> assess)
    {
        var places = observations
            .GroupBy(o => (o.Level, o.Place))
            .OrderBy(g => g.Key.Level)
            .ThenBy(g => g.Key.Place, StringComparer.Ordinal)
            .Select(g => (Place: g.Key.Place is null ? null : $"{g.Key.Level.ToString().ToLowerInvariant()} {g.Key.Place}", Result: assess(g.Select(o => o.Point))))
            .ToList();
        if (places.Count == 0)
        {
            return assess([]);
        }

        return places.Count == 1 && places[0].Place is null ? places[0].Result : Worst(places, asOf);
    }

    public static ProgressAssessment Worst(IReadOnlyList<(string? Place, ProgressAssessment Result)> places, LocalDate asOf)
    {
        var first = places[0].Result;
        var b = new ProgressAssessment.Builder(first.Method, first.Thresholds, asOf, first.MethodName)
        {
            Deadline = first.Deadline,
            Checks = [.. places.SelectMany(p => p.Result.Checks.Select(c => p.Place is null ? c : ProgressCheck.Of($"{p.Place} {c.Subject}", c.Year, c.Outcome, c.Previous, c.Value, c.Shortfall)))],
        };
        static string Name((string? Place, ProgressAssessment Result) p) => p.Place ?? "province";

        var missed = places.Where(p => p.Result.Status == TargetStatus.Missed).ToList();
        if (missed.Count > 0)
        {
            b.Shortfall = missed.Max(p => p.Result.Shortfall ?? 0);
            return b.Finish(TargetStatus.Missed, $"Missed in {missed.Count} of {places.Count} places: {string.Join("; ", missed.Select(p => $"{Name(p)}: {p.Result.Explanation}"))}");
        }

        if (places.All(p => p.Result.Status == TargetStatus.NotYetDue))
        {
            return b.Finish(TargetStatus.NotYetDue, first.Explanation);
        }

        var unknown = places.Where(p => p.Result.Status == TargetStatus.InsufficientData).ToList();
        if (unknown.Count > 0)
        {
            return b.Finish(TargetStatus.InsufficientData, $"Not enough data for {string.Join(", ", unknown.Select(Name))}.");
        }

        var worst = places.Where(p => p.Result.Status.IsAssessed()).MinBy(p => (int)p.Result.Status);
        b.IsProjection = worst.Result.IsProjection;
        b.ProgressValue = worst.Result.ProgressValue;
        b.ObservedGrowth = worst.Result.ObservedGrowth;
        b.RequiredGrowth = worst.Result.RequiredGrowth;
        b.TargetValue = worst.Result.TargetValue;
        b.Base = worst.Result.Base;
        b.Latest = worst.Result.Latest;
        return b.Finish(worst.Result.Status, $"Worst of {places.Count} places is {Name(worst)}: {worst.Result.Explanation}");
    }
}
