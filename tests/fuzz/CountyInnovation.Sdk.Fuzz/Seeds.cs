namespace CountyInnovation.Sdk.Fuzz;

/// <summary>The valid example inputs the mutations start from: the examples of docs/formats and docs/examples.</summary>
public static class Seeds
{
    /// <summary>Panel, wide form (docs/formats/panel-data.md).</summary>
    public const string PanelWide = """
        # SYNTHETIC example
        county_code,county_name,city,year,fiscal_st_exp,fiscal_st_share,rd_intensity
        130102,长安区,石家庄市,2022,9856.8,1.76,1.73
        130102,长安区,石家庄市,2023,10502.1,,1.81
        130638,雄县,雄安新区,2023,2100.5,1.02,0.64

        """;

    /// <summary>Panel, long form.</summary>
    public const string PanelLong = """
        # a comment
        county_code,year,indicator,value
        130102,2022,rd_intensity,1.73
        130102,2023,rd_intensity,
        130638,2023,rd_intensity,-0.64
        130638,2023,fiscal_st_share,1e-7

        """;

    /// <summary>Method configuration (docs/formats/method.md).</summary>
    public const string Method = """
        {
          "name": "hebei-default",
          "screening": { "minimumDataAvailability": 0.5 },
          "imputation": [ "none" ],
          "outlierTreatment": { "enabled": false, "method": "winsorise-or-log", "kurtosis-threshold": 3.5, "max-winsorised": 5, "skew-threshold": 2 },
          "normalisation": { "default": { "method": "goalposts", "scale": 100 }, "indicators": {} },
          "levels": [ { "weighting": { "method": "fixed" }, "aggregation": { "method": "arithmetic" }, "minimumDataAvailability": 0, "groups": {} } ],
          "qualitativeScaling": { "method": "linear", "lower": 0, "upper": 100 },
          "finalScaling": { "method": "none" },
          "classThresholds": { "a": 80, "b": 60 }
        }
        """;

    /// <summary>Target plan (docs/formats/targets.md).</summary>
    public const string Plan = """
        {
          "name": "Shijiazhuang county plan 2021–2025",
          "includePolicyTargets": false,
          "targets": [
            { "id": "sjz-colleges", "measure": 19, "title": "10 vocational colleges", "titleZh": "10所高职院校",
              "unit": "colleges", "kind": "quantity", "value": 10, "deadline": "2025-12-31",
              "start": "2021-01-01", "base": { "period": "2020", "value": 4 } },
            { "id": "sjz-emissions", "title": "Energy use per unit of GDP down to 0.5", "kind": "quantity",
              "value": 0.5, "deadline": "2025-12-31", "direction": "decrease" },
            { "id": "sjz-hte", "measure": 7, "title": "Double high-tech enterprises", "kind": "doubling",
              "baselineYear": 2020, "baselineValue": 410, "deadline": "2025-12-31" },
            { "id": "sjz-share", "measure": 22, "title": "Fiscal S&T share rises every year", "kind": "rises-every-year",
              "firstYear": 2021, "lastYear": 2025, "thresholds": { "onTrack": 0.02, "accelerationNeeded": 0.005, "limitedProgress": 0 } },
            { "id": "sjz-online", "measure": 27, "title": "Online availability ≥ 98 % in every county",
              "kind": "standing-threshold", "minimum": 98, "levels": ["county"], "start": "2021-01-01" },
            { "id": "sjz-evaluation", "measure": 1, "title": "Publish the county evaluation every year",
              "kind": "yearly-duty", "firstYear": 2021, "lastYear": 2025, "due": "06-30" }
          ]
        }
        """;

    /// <summary>Observations, CSV (docs/formats/observations.md).</summary>
    public const string ObservationsCsv = """
        # Measure 27 and 22 observations, collected 2022-03
        target,period,value,level,place,source
        M27-2,2020-12-31,175,province,,provincial government affairs bulletin 2021-01
        M27-1,2021,97.2,province,,online service platform statistics
        M27-1,2021,96.1,city,石家庄市,online service platform statistics
        M22-1,2020,2.4,county,130102,"county final accounts, 2020"

        """;

    /// <summary>Observations, JSON.</summary>
    public const string ObservationsJson = """
        {
          "name": "Hebei target evidence 2022-03",
          "illustrative": false,
          "observations": [
            { "target": "M27-2", "period": "2020-12-31", "value": 175, "source": "bulletin" },
            { "target": "M22-1", "period": 2021, "value": 2.6, "level": "county", "place": "130102" }
          ]
        }
        """;

    /// <summary>The Hebei framework as CSV (docs/examples/hebei-framework.csv), copied beside the assembly.</summary>
    public static string FrameworkCsv => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FuzzSeeds", "hebei-framework.csv"));

    /// <summary>The Hebei framework as JSON (docs/examples/hebei-framework.json).</summary>
    public static string FrameworkJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FuzzSeeds", "hebei-framework.json"));
}
