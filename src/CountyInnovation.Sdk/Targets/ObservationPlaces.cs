using System.Globalization;
using CountyInnovation.Sdk.Counties;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Checks the place of a city- or county-level observation against the Hebei county directory,
/// the same directory the accountability report uses to give observations to city governments:
/// a place it cannot resolve would silently count for no city.
/// </summary>
internal static class ObservationPlaces
{
    /// <summary>Why <paramref name="place"/> is not a known Hebei place at <paramref name="level"/>, or <see langword="null"/> when it is one.</summary>
    public static string? Problem(GovernmentLevel level, string place) => level switch
    {
        GovernmentLevel.City => CityProblem(place),
        GovernmentLevel.County => CountyProblem(place),
        _ => null,
    };

    /// <summary>Whether a city-level <paramref name="place"/> names <paramref name="city"/>: its Chinese name (with or without 市), English name or code.</summary>
    public static bool NamesCity(string place, PrefectureCity city) =>
        place == city.NameZh || place == city.Code?.ToString(CultureInfo.InvariantCulture) || place == city.NameEn || city.NameZh == place + "市";

    private static string? CityProblem(string place)
    {
        if (HebeiCounties.Cities.Any(c => NamesCity(place, c)))
        {
            return null;
        }

        var candidates = IsCode(place)
            ? HebeiCounties.PrefectureLevelCities.Select(c => c.Code!.Value.ToString(CultureInfo.InvariantCulture))
            : HebeiCounties.Cities.Select(c => c.NameZh).Concat(HebeiCounties.Cities.Select(c => c.NameEn));
        return $"'{place}' is not a Hebei city: write the name (石家庄市 or Shijiazhuang) or the GB/T 2260 code (130100) of one of the 11 prefecture-level cities or 雄安新区.{Suggest(place, candidates)}";
    }

    private static string? CountyProblem(string place)
    {
        if (IsCode(place))
        {
            return CountyCode.TryParse(place, out var code) && HebeiCounties.Directory.Contains(code)
                ? null
                : $"'{place}' is not the code of a Hebei county in the directory.{Suggest(place, HebeiCounties.All.Select(c => c.Code.ToString()))}";
        }

        var named = HebeiCounties.All.Where(c => c.NameZh == place).ToList();
        return named.Count switch
        {
            1 => null,
            0 => $"'{place}' is not the name of a Hebei county in the directory; write its name or GB/T 2260 code.{Suggest(place, HebeiCounties.All.Select(c => c.NameZh).Distinct())}",
            _ => $"'{place}' names {named.Count} Hebei counties ({string.Join(", ", named.Select(c => $"{c.Code} in {c.City.NameZh}"))}): write the code.",
        };
    }

    private static bool IsCode(string place) => place.All(char.IsAsciiDigit);

    private static string Suggest(string place, IEnumerable<string> candidates)
    {
        var closest = ClosestNames.Find(place, candidates);
        return closest.Count == 0 ? string.Empty : $" Closest known: {string.Join(", ", closest)}.";
    }
}
