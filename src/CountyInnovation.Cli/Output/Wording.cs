using System.Globalization;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Indicators;
using CountyInnovation.Sdk.Responsibility;

namespace CountyInnovation.Cli.Output;

/// <summary>
/// The words human output uses for the SDK's enums and counts: "provincial department", not
/// <c>ProvincialDepartment</c>; "1 county", "2 counties", never "county(ies)".
/// </summary>
internal static class Wording
{
    /// <summary><paramref name="count"/> followed by the singular or the plural noun: "1 measure", "28 measures".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>The kind of a county-level division, in English and Chinese.</summary>
    public static string Of(CountyKind kind) => kind switch
    {
        CountyKind.County => "county 县",
        CountyKind.District => "district 市辖区",
        CountyKind.CountyLevelCity => "county-level city 县级市",
        CountyKind.AutonomousCounty => "autonomous county 自治县",
        _ => "other",
    };

    /// <summary>Which way an indicator improves.</summary>
    public static string Of(IndicatorDirection direction) =>
        direction == IndicatorDirection.LessIsBetter ? "less is better" : "more is better";

    /// <summary>Whether an indicator is measured or scored.</summary>
    public static string Of(IndicatorKind kind) =>
        kind == IndicatorKind.Qualitative ? "qualitative (assessors' score)" : "quantitative";

    /// <summary>The kind of a responsible unit.</summary>
    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.ProvincialDepartment => "provincial department",
        UnitKind.ProvincialAgency => "provincial agency",
        UnitKind.PartyOrgan => "Party organ",
        UnitKind.CollectiveCityGovernments => "all city governments",
        UnitKind.CityGovernment => "city government",
        UnitKind.NewAreaCommittee => "new area committee",
        UnitKind.CentralBankBranch => "central bank branch",
        UnitKind.Regulator => "regulator",
        UnitKind.TaxService => "tax service",
        _ => "other",
    };

    /// <summary>
    /// A numeric progress method's name (<see cref="Sdk.Targets.INumericProgressMethod.Name"/>) for
    /// people: the SDK's own methods by what they are, an extension's name as it is.
    /// </summary>
    public static string OfMethod(string name) => name switch
    {
        nameof(Sdk.Targets.ProgressMethod.OpenSdgRatio) => "ratio of actual to required progress (Open SDG / Eurostat)",
        nameof(Sdk.Targets.ProgressMethod.ProgressChartExtrapolation) => "extrapolation to the deadline (UN Progress Chart)",
        _ => name,
    };
}
