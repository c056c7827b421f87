using CountyInnovation.Sdk.Scoring.Configuration;

namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>Reads the <c>ties</c> parameter shared by rank and percentile-rank normalisation, and ranks with it.</summary>
internal static class RankTiesParameter
{
    public static RankTies Read(string method, MethodParameters parameters) =>
        parameters.GetText(method, "ties", "min") switch
        {
            "min" => RankTies.Min,
            "average" => RankTies.Average,
            "max" => RankTies.Max,
            "first" => RankTies.First,
            var other => throw new ScoringConfigurationException([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, method,
                $"'ties' is '{other}'; use min, average, max or first.")]),
        };

    public static string Name(RankTies ties) => ties switch
    {
        RankTies.Average => "average",
        RankTies.Max => "max",
        RankTies.First => "first",
        _ => "min",
    };

    /// <summary>Ascending ranks from 1 of the column oriented by <paramref name="sign"/>, ties by <paramref name="ties"/>, NaN kept; returns the number of observed values.</summary>
    public static int AscendingRanks(ReadOnlySpan<double> column, double sign, RankTies ties, Span<double> destination)
    {
        var observed = new List<int>(column.Length);
        for (var i = 0; i < column.Length; i++)
        {
            if (double.IsNaN(column[i]))
            {
                destination[i] = double.NaN;
            }
            else
            {
                observed.Add(i);
            }
        }

        var values = column.ToArray();
        observed.Sort((a, b) =>
        {
            var byValue = (sign * values[a]).CompareTo(sign * values[b]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        for (var start = 0; start < observed.Count;)
        {
            var end = start;
            while (end + 1 < observed.Count && sign * values[observed[end + 1]] == sign * values[observed[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                destination[observed[k]] = ties switch
                {
                    RankTies.Average => ((start + end) / 2.0) + 1,
                    RankTies.Max => end + 1,
                    RankTies.First => k + 1,
                    _ => start + 1,
                };
            }

            start = end + 1;
        }

        return observed.Count;
    }
}
