using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>
/// Where a target stands in one prefecture-level city, judged only on that city's observations
/// (city level for the city, county level for its counties): the share of a collective
/// obligation (各市政府) that falls to one city government.
/// </summary>
public sealed class CityAssessment : IEquatable<CityAssessment>
{
    private CityAssessment(ResponsibleUnit government, PrefectureCity city, ProgressAssessment result)
    {
        Government = government;
        City = city;
        Result = result;
    }

    /// <summary>The city government (for example 唐山市政府).</summary>
    public ResponsibleUnit Government { get; }

    /// <summary>The city.</summary>
    public PrefectureCity City { get; }

    /// <summary>The assessment on the city's observations.</summary>
    public ProgressAssessment Result { get; }

    /// <summary>Creates a city assessment.</summary>
    /// <param name="government">The city government.</param>
    /// <param name="city">The city.</param>
    /// <param name="result">The assessment.</param>
    public static CityAssessment Of(ResponsibleUnit government, PrefectureCity city, ProgressAssessment result)
    {
        ArgumentNullException.ThrowIfNull(government);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(result);
        return new CityAssessment(government, city, result);
    }

    /// <inheritdoc />
    public bool Equals(CityAssessment? other) =>
        other is not null && Government.Equals(other.Government) && City.Equals(other.City) && Result.Equals(other.Result);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CityAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Government, City, Result.Status);

    /// <summary>Formats as <c>唐山市政府: missed</c>.</summary>
    public override string ToString() => $"{Government}: {Result.Status.ToLabel()}";
}
