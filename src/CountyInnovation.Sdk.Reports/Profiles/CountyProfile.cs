using System.Collections.Immutable;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Reports.Profiles;

/// <summary>
/// One county's profile (县域画像): its evaluation, first-level sub-scores with their ranks, every
/// indicator's raw, imputed, treated and normalised value with the county's rank on it, and its
/// strengths and weaknesses — the indicators where it ranks best and worst among the counties, as
/// COINr's <c>get_str_weak</c> finds them: indicators are ordered by the county's rank on the
/// normalised value (1 = best; ties keep framework order), the first <c>n</c> are strengths and
/// the last <c>n</c> weaknesses; an indicator without a value for the county is neither.
/// </summary>
public sealed class CountyProfile
{
    private CountyProfile(CountyDetail county, ImmutableArray<int?> indicatorRanks, ImmutableArray<string> strengths, ImmutableArray<string> weaknesses)
    {
        County = county;
        IndicatorRanks = indicatorRanks;
        Strengths = strengths;
        Weaknesses = weaknesses;
    }

    /// <summary>The county's values and group scores (<see cref="CountyDetail.Indicators"/> in framework order).</summary>
    public CountyDetail County { get; }

    /// <summary>The county's rank on each indicator's normalised value among the counties with a value (1 = best, ties share the best rank), aligned with <see cref="CountyDetail.Indicators"/>; <see langword="null"/> without a value.</summary>
    public ImmutableArray<int?> IndicatorRanks { get; }

    /// <summary>The codes of the indicators where the county ranks best, best first.</summary>
    public ImmutableArray<string> Strengths { get; }

    /// <summary>The codes of the indicators where the county ranks worst, worst first.</summary>
    public ImmutableArray<string> Weaknesses { get; }

    /// <summary>The profile of county <paramref name="code"/> in <paramref name="detail"/>.</summary>
    /// <param name="detail">The evaluation's detail.</param>
    /// <param name="code">A county code of the evaluation.</param>
    /// <param name="count">How many strengths and weaknesses, at least 1 (3 by default); fewer when the county has values for fewer than twice as many indicators.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> or <paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    /// <exception cref="KeyNotFoundException">The evaluation has no county <paramref name="code"/>.</exception>
    public static CountyProfile Of(EvaluationDetail detail, string code, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var county = detail.County(code);
        var unit = detail.IndexOfUnit(code);
        var ranks = detail.Indicators.Select(indicator => RankOf(indicator.Normalised, unit)).ToImmutableArray();
        var ranked = Enumerable.Range(0, ranks.Length)
            .Where(i => ranks[i] is not null)
            .OrderBy(i => ranks[i]!.Value)
            .ThenBy(i => i)
            .ToList();
        var n = Math.Min(count, ranked.Count / 2);
        var strengths = ranked.Take(n).Select(i => detail.Indicators[i].Code).ToImmutableArray();
        var weaknesses = Enumerable.Reverse(ranked).Take(n).Select(i => detail.Indicators[i].Code).ToImmutableArray();
        return new CountyProfile(county, ranks, strengths, weaknesses);
    }

    /// <summary>1 + the number of finite values strictly greater than <paramref name="values"/>[<paramref name="unit"/>]; null when that value is not finite.</summary>
    private static int? RankOf(ImmutableArray<double> values, int unit)
    {
        var own = values[unit];
        if (!double.IsFinite(own))
        {
            return null;
        }

        var better = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v) && v > own)
            {
                better++;
            }
        }

        return better + 1;
    }
}
