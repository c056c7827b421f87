namespace CountyInnovation.Sdk.Targets;

<<<<<<< HEAD
/// <summary>The level of government an observation describes (省 / 市 / 县).</summary>
public enum GovernmentLevel
{
    /// <summary>The province as a whole (省级).</summary>
    Province = 0,

    /// <summary>A prefecture-level city (设区市), or 雄安新区.</summary>
    City = 1,

    /// <summary>A county-level division (县、县级市、市辖区).</summary>
    County = 2,
=======
/// <summary>A level of government (省市县三级: province, city, county).</summary>
public enum GovernmentLevel
{
    /// <summary>Provincial level (省级).</summary>
    Province,

    /// <summary>Prefecture-level city (市级).</summary>
    City,

    /// <summary>County level (县级).</summary>
    County,
>>>>>>> catalogue
}
