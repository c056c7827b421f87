using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Accountability;

/// <summary>Which observations belong to a city government's city: its own (city level) and its counties' (county level).</summary>
internal static class CityScope
{
    /// <summary>The prefecture-level city a city government governs (唐山市政府 → 唐山市), if <paramref name="unit"/> is one.</summary>
    public static PrefectureCity? CityOf(ResponsibleUnit unit)
    {
        if (unit.Kind != UnitKind.CityGovernment)
        {
            return null;
        }

        var name = unit.ShortNameZh.EndsWith("政府", StringComparison.Ordinal) ? unit.ShortNameZh[..^2] : unit.ShortNameZh;
        return HebeiCounties.PrefectureLevelCities.FirstOrDefault(c => string.Equals(c.NameZh, name, StringComparison.Ordinal));
    }

    /// <summary>
    /// The observations of <paramref name="city"/>: city-level ones naming it (by name or code) and
    /// county-level ones of its counties (by code, or by a county name no other Hebei county has).
    /// </summary>
    public static ImmutableArray<Observation> Filter(ImmutableArray<Observation> observations, PrefectureCity city) =>
        [.. observations.Where(o => Belongs(o, city))];

    private static bool Belongs(Observation o, PrefectureCity city)
    {
        if (o.Place is null)
        {
            return false;
        }

        if (o.Level == GovernmentLevel.City)
        {
            return ObservationPlaces.NamesCity(o.Place, city);
        }

        if (o.Level == GovernmentLevel.County)
        {
            if (CountyCode.TryParse(o.Place, out var county))
            {
                return county.CityCode == city.Code;
            }

            // By name only when the name is unique in Hebei: 桥西区 and 新华区 each exist in two
            // cities, so an observation naming them cannot be given to either (use the code).
            var named = HebeiCounties.All.Where(c => c.NameZh == o.Place).Take(2).ToList();
            return named.Count == 1 && named[0].City.Equals(city);
        }

        return false;
    }
}
