using System.Globalization;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// How sure one county's rank and class are: its nominal result next to the distribution of its
/// rank over the Monte Carlo runs (mean, median, 5th–95th percentile, R type 7) and the share of
/// runs that put it in each class. Rank statistics are NaN when no run ranked the county.
/// </summary>
public sealed class CountyUncertainty : IEquatable<CountyUncertainty>
{
    private CountyUncertainty(
        string code,
        string name,
        string city,
        double? nominalScore,
        int? nominalRank,
        CountyClass? nominalClass,
        int rankedRuns,
        double meanRank,
        double medianRank,
        double percentile5Rank,
        double percentile95Rank,
        int bestRank,
        int worstRank,
        double probabilityA,
        double probabilityB,
        double probabilityC)
    {
        Code = code;
        Name = name;
        City = city;
        NominalScore = nominalScore;
        NominalRank = nominalRank;
        NominalClass = nominalClass;
        RankedRuns = rankedRuns;
        MeanRank = meanRank;
        MedianRank = medianRank;
        Percentile5Rank = percentile5Rank;
        Percentile95Rank = percentile95Rank;
        BestRank = bestRank;
        WorstRank = worstRank;
        ProbabilityA = probabilityA;
        ProbabilityB = probabilityB;
        ProbabilityC = probabilityC;
    }

    /// <summary>The county code.</summary>
    public string Code { get; }

    /// <summary>The county name.</summary>
    public string Name { get; }

    /// <summary>The prefecture-level city (设区市).</summary>
    public string City { get; }

    /// <summary>The score under the nominal method; null when missing.</summary>
    public double? NominalScore { get; }

    /// <summary>The rank under the nominal method; null when missing.</summary>
    public int? NominalRank { get; }

    /// <summary>The class under the nominal method; null when missing.</summary>
    public CountyClass? NominalClass { get; }

    /// <summary>Runs in which the county had a rank (failed runs and runs where it was missing excluded).</summary>
    public int RankedRuns { get; }

    /// <summary>Mean rank over the runs.</summary>
    public double MeanRank { get; }

    /// <summary>Median rank (R type 7).</summary>
    public double MedianRank { get; }

    /// <summary>5th percentile of the rank (R type 7): the better end of the 90 % interval.</summary>
    public double Percentile5Rank { get; }

    /// <summary>95th percentile of the rank (R type 7): the worse end of the 90 % interval.</summary>
    public double Percentile95Rank { get; }

    /// <summary>The best rank seen (0 when never ranked).</summary>
    public int BestRank { get; }

    /// <summary>The worst rank seen (0 when never ranked).</summary>
    public int WorstRank { get; }

    /// <summary>Width of the 90 % rank interval, P95 − P5: the larger, the less certain the rank.</summary>
    public double RankIntervalWidth => Percentile95Rank - Percentile5Rank;

    /// <summary>Share of the ranked runs in class A.</summary>
    public double ProbabilityA { get; }

    /// <summary>Share of the ranked runs in class B.</summary>
    public double ProbabilityB { get; }

    /// <summary>Share of the ranked runs in class C.</summary>
    public double ProbabilityC { get; }

    /// <summary>Share of the ranked runs in <paramref name="countyClass"/>.</summary>
    /// <param name="countyClass">The class.</param>
    public double Probability(CountyClass countyClass) => countyClass switch
    {
        CountyClass.A => ProbabilityA,
        CountyClass.B => ProbabilityB,
        CountyClass.C => ProbabilityC,
        _ => throw new ArgumentOutOfRangeException(nameof(countyClass), countyClass, "Unknown class."),
    };

    /// <summary>Creates a county's uncertainty summary.</summary>
    /// <param name="code">County code.</param>
    /// <param name="name">County name.</param>
    /// <param name="city">Prefecture-level city.</param>
    /// <param name="nominalScore">Nominal score, or null.</param>
    /// <param name="nominalRank">Nominal rank, or null.</param>
    /// <param name="nominalClass">Nominal class, or null.</param>
    /// <param name="rankedRuns">Runs where it was ranked.</param>
    /// <param name="rankStatistics">Mean, median, 5th and 95th percentile, best and worst rank.</param>
    /// <param name="classProbabilities">Shares of runs in A, B and C; they sum to 1 when <paramref name="rankedRuns"/> &gt; 0.</param>
    public static CountyUncertainty Of(
        string code,
        string name,
        string city,
        double? nominalScore,
        int? nominalRank,
        CountyClass? nominalClass,
        int rankedRuns,
        (double Mean, double Median, double P5, double P95, int Best, int Worst) rankStatistics,
        (double A, double B, double C) classProbabilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentOutOfRangeException.ThrowIfNegative(rankedRuns);
        foreach (var p in new[] { classProbabilities.A, classProbabilities.B, classProbabilities.C })
        {
            if (!(p >= 0 && p <= 1) && !(rankedRuns == 0 && double.IsNaN(p)))
            {
                throw new ArgumentOutOfRangeException(nameof(classProbabilities), p, "A class probability lies in [0, 1].");
            }
        }

        var (mean, median, p5, p95, best, worst) = rankStatistics;
        return new CountyUncertainty(code, name, city, nominalScore, nominalRank, nominalClass, rankedRuns, mean, median, p5, p95, best, worst, classProbabilities.A, classProbabilities.B, classProbabilities.C);
    }

    /// <inheritdoc />
    public bool Equals(CountyUncertainty? other) =>
        other is not null
        && Code == other.Code && Name == other.Name && City == other.City
        && Nullable.Equals(NominalScore, other.NominalScore) && NominalRank == other.NominalRank && NominalClass == other.NominalClass
        && RankedRuns == other.RankedRuns
        && MeanRank.Equals(other.MeanRank) && MedianRank.Equals(other.MedianRank)
        && Percentile5Rank.Equals(other.Percentile5Rank) && Percentile95Rank.Equals(other.Percentile95Rank)
        && BestRank == other.BestRank && WorstRank == other.WorstRank
        && ProbabilityA.Equals(other.ProbabilityA) && ProbabilityB.Equals(other.ProbabilityB) && ProbabilityC.Equals(other.ProbabilityC);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyUncertainty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, NominalRank, MeanRank, Percentile5Rank, Percentile95Rank, ProbabilityA, ProbabilityB);

    /// <summary>Formats as <c>130102 长安区: rank 12 [8, 17], P(A/B/C) = 0.10/0.85/0.05</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Code} {Name}: rank {NominalRank?.ToString(CultureInfo.InvariantCulture) ?? "–"} [{Percentile5Rank:0.#}, {Percentile95Rank:0.#}], P(A/B/C) = {ProbabilityA:0.00}/{ProbabilityB:0.00}/{ProbabilityC:0.00}");
}
