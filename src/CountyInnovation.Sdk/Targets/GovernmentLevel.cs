namespace CountyInnovation.Sdk.Targets;

/// <summary>The level of government an observation describes (省 / 市 / 县).</summary>
public enum GovernmentLevel
{
    /// <summary>The province as a whole (省级).</summary>
    Province = 0,

    /// <summary>A prefecture-level city (设区市), or 雄安新区.</summary>
    City = 1,

    /// <summary>A county-level division (县、县级市、市辖区).</summary>
    County = 2,
}
