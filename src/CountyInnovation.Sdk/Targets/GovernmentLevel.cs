namespace CountyInnovation.Sdk.Targets;

/// <summary>A level of government (省市县三级: province, city, county).</summary>
public enum GovernmentLevel
{
    /// <summary>Provincial level (省级).</summary>
    Province,

    /// <summary>Prefecture-level city (市级).</summary>
    City,

    /// <summary>County level (县级).</summary>
    County,
}
