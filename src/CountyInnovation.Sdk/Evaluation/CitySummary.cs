using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The results of one prefecture-level city (设区市) or of 雄安新区: how many of its counties were
/// evaluated and scored, their average score and their class counts.
/// </summary>
public sealed class CitySummary : IEquatable<CitySummary>
{
    private CitySummary(string city, int countyCount, double? averageScore, ClassCounts classes)
    {
        City = city;
        CountyCount = countyCount;
        AverageScore = averageScore;
        Classes = classes;
    }

    /// <summary>The city (or 雄安新区).</summary>
    public string City { get; }

    /// <summary>The counties of the city in the evaluation, scored or not.</summary>
    public int CountyCount { get; }

    /// <summary>The counties with a score.</summary>
    public int ScoredCount => Classes.A + Classes.B + Classes.C;

    /// <summary>The mean unrounded score of the scored counties; <see langword="null"/> when none is scored.</summary>
    public double? AverageScore { get; }

    /// <summary>The class counts of the city's counties.</summary>
    public ClassCounts Classes { get; }

    /// <summary>Summarises one city's counties.</summary>
    /// <param name="city">The city; not empty.</param>
    /// <param name="counties">Its counties; at least one, all of this city.</param>
    /// <exception cref="ArgumentException">The list is empty or holds a county of another city.</exception>
    public static CitySummary Of(string city, IEnumerable<CountyEvaluation> counties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentNullException.ThrowIfNull(counties);
        var count = 0;
        var scored = 0;
        var sum = 0.0;
        var classes = new List<CountyClass?>();
        foreach (var county in counties)
        {
            if (!string.Equals(county.City, city, StringComparison.Ordinal))
            {
                throw new ArgumentException($"County {county.Code} belongs to {county.City}, not {city}.", nameof(counties));
            }

            count++;
            classes.Add(county.Class);
            if (county.Score is { } s)
            {
                scored++;
                sum += s;
            }
        }

        if (count == 0)
        {
            throw new ArgumentException($"City {city} has no county to summarise.", nameof(counties));
        }

        return new CitySummary(city, count, scored == 0 ? null : sum / scored, ClassCounts.Count(classes));
    }

    /// <inheritdoc />
    public bool Equals(CitySummary? other) =>
        other is not null
        && string.Equals(City, other.City, StringComparison.Ordinal)
        && CountyCount == other.CountyCount
        && Nullable.Equals(AverageScore, other.AverageScore)
        && Classes.Equals(other.Classes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CitySummary);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(City, CountyCount, AverageScore, Classes);

    /// <summary>Formats as <c>石家庄市: 22 counties, average 71.20, A 5 / B 10 / C 7</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{City}: {CountyCount} counties, average {(AverageScore is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")}, {Classes}");
}
