using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Cli.Commands;

/// <summary>How the command line speaks about responsible units it cannot find.</summary>
internal static class UnitCommandLine
{
    public static string UnknownUnitMessage(string name, string what = "--unit")
    {
        var closest = ResponsibleUnits.Suggest(name);
        var hint = closest.Count == 0
            ? "Known units: " + string.Join("、", ResponsibleUnits.All.Select(u => u.ShortNameZh)) + " (see `county-innovation units`)."
            : "Did you mean " + string.Join(", ", closest.Select(c => "'" + c + "'")) + "?";
        return $"error: {what} '{name}': no responsible unit has that name. {hint}";
    }
}
