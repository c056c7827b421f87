using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace CountyInnovation.Sdk.Responsibility;

/// <summary>
/// The registry of the 15 distinct responsible units named in the 2020 document, in order of first
/// appearance in the text, and of the 11 prefecture-level city governments that 各市政府 stands for.
/// </summary>
/// <remarks>
/// Short names are as the text writes them <b>[text]</b>. Full Chinese and English names are the
/// official names of the bodies in 2020 (several have since been reorganised, e.g. 河北银保监局
/// became part of the National Financial Regulatory Administration in 2023) <b>[found]</b>; the
/// kinds are our classification <b>[inferred]</b>.
/// </remarks>
public static class ResponsibleUnits
{
    /// <summary>省科技厅 — Hebei Provincial Department of Science and Technology.</summary>
    public static ResponsibleUnit ScienceAndTechnologyDepartment { get; } =
        ResponsibleUnit.Create("省科技厅", "河北省科学技术厅", "Hebei Provincial Department of Science and Technology", UnitKind.ProvincialDepartment);

    /// <summary>The 11 prefecture-level city governments of Hebei (设区市人民政府), in code order 1301..1311.</summary>
    public static ImmutableArray<ResponsibleUnit> CityGovernments { get; } =
    [
        City("石家庄", "Shijiazhuang"),
        City("唐山", "Tangshan"),
        City("秦皇岛", "Qinhuangdao"),
        City("邯郸", "Handan"),
        City("邢台", "Xingtai"),
        City("保定", "Baoding"),
        City("张家口", "Zhangjiakou"),
        City("承德", "Chengde"),
        City("沧州", "Cangzhou"),
        City("廊坊", "Langfang"),
        City("衡水", "Hengshui"),
    ];

    /// <summary>各市政府 — the governments of all prefecture-level cities, a collective unit (see <see cref="CityGovernments"/>).</summary>
    public static ResponsibleUnit AllCityGovernments { get; } =
        ResponsibleUnit.CreateCollective("各市政府", "各设区市人民政府", "Governments of all prefecture-level cities", CityGovernments);

    /// <summary>雄安新区管委会 — Administrative Committee of Hebei Xiong'an New Area.</summary>
    public static ResponsibleUnit XiongAnNewAreaCommittee { get; } =
        ResponsibleUnit.Create("雄安新区管委会", "河北雄安新区管理委员会", "Administrative Committee of Hebei Xiong'an New Area", UnitKind.NewAreaCommittee);

    /// <summary>省发展改革委 — Hebei Provincial Development and Reform Commission.</summary>
    public static ResponsibleUnit DevelopmentAndReformCommission { get; } =
        ResponsibleUnit.Create("省发展改革委", "河北省发展和改革委员会", "Hebei Provincial Development and Reform Commission", UnitKind.ProvincialDepartment);

    /// <summary>省商务厅 — Hebei Provincial Department of Commerce.</summary>
    public static ResponsibleUnit CommerceDepartment { get; } =
        ResponsibleUnit.Create("省商务厅", "河北省商务厅", "Hebei Provincial Department of Commerce", UnitKind.ProvincialDepartment);

    /// <summary>省工业和信息化厅 — Hebei Provincial Department of Industry and Information Technology.</summary>
    public static ResponsibleUnit IndustryAndInformationTechnologyDepartment { get; } =
        ResponsibleUnit.Create("省工业和信息化厅", "河北省工业和信息化厅", "Hebei Provincial Department of Industry and Information Technology", UnitKind.ProvincialDepartment);

    /// <summary>省地方金融监管局 — Hebei Local Financial Supervision and Administration Bureau.</summary>
    public static ResponsibleUnit LocalFinancialSupervisionBureau { get; } =
        ResponsibleUnit.Create("省地方金融监管局", "河北省地方金融监督管理局", "Hebei Local Financial Supervision and Administration Bureau", UnitKind.Regulator);

    /// <summary>人行石家庄支行 — Shijiazhuang Central Sub-branch of the People's Bank of China.</summary>
    public static ResponsibleUnit PeoplesBankShijiazhuang { get; } =
        ResponsibleUnit.Create("人行石家庄支行", "中国人民银行石家庄中心支行", "Shijiazhuang Central Sub-branch of the People's Bank of China", UnitKind.CentralBankBranch);

    /// <summary>河北银保监局 — Hebei Office of the China Banking and Insurance Regulatory Commission.</summary>
    public static ResponsibleUnit BankingAndInsuranceRegulatoryOffice { get; } =
        ResponsibleUnit.Create("河北银保监局", "中国银行保险监督管理委员会河北监管局", "Hebei Office of the China Banking and Insurance Regulatory Commission", UnitKind.Regulator);

    /// <summary>省税务局 — Hebei Provincial Tax Service, State Taxation Administration.</summary>
    public static ResponsibleUnit TaxService { get; } =
        ResponsibleUnit.Create("省税务局", "国家税务总局河北省税务局", "Hebei Provincial Tax Service, State Taxation Administration", UnitKind.TaxService);

    /// <summary>省委组织部 — Organization Department of the CPC Hebei Provincial Committee.</summary>
    public static ResponsibleUnit PartyOrganizationDepartment { get; } =
        ResponsibleUnit.Create("省委组织部", "中共河北省委组织部", "Organization Department of the CPC Hebei Provincial Committee", UnitKind.PartyOrgan);

    /// <summary>省人力资源社会保障厅 — Hebei Provincial Department of Human Resources and Social Security.</summary>
    public static ResponsibleUnit HumanResourcesAndSocialSecurityDepartment { get; } =
        ResponsibleUnit.Create("省人力资源社会保障厅", "河北省人力资源和社会保障厅", "Hebei Provincial Department of Human Resources and Social Security", UnitKind.ProvincialDepartment);

    /// <summary>省教育厅 — Hebei Provincial Department of Education.</summary>
    public static ResponsibleUnit EducationDepartment { get; } =
        ResponsibleUnit.Create("省教育厅", "河北省教育厅", "Hebei Provincial Department of Education", UnitKind.ProvincialDepartment);

    /// <summary>省市场监管局 — Hebei Administration for Market Regulation.</summary>
    public static ResponsibleUnit MarketRegulationAdministration { get; } =
        ResponsibleUnit.Create("省市场监管局", "河北省市场监督管理局", "Hebei Administration for Market Regulation", UnitKind.Regulator);

    /// <summary>省政务服务管理办公室 — Hebei Government Services Administration Office.</summary>
    public static ResponsibleUnit GovernmentServicesOffice { get; } =
        ResponsibleUnit.Create("省政务服务管理办公室", "河北省政务服务管理办公室", "Hebei Government Services Administration Office", UnitKind.ProvincialAgency);

    /// <summary>The 15 units named in the 2020 document, in order of first appearance.</summary>
    public static ImmutableArray<ResponsibleUnit> All { get; } =
    [
        ScienceAndTechnologyDepartment,
        AllCityGovernments,
        XiongAnNewAreaCommittee,
        DevelopmentAndReformCommission,
        CommerceDepartment,
        IndustryAndInformationTechnologyDepartment,
        LocalFinancialSupervisionBureau,
        PeoplesBankShijiazhuang,
        BankingAndInsuranceRegulatoryOffice,
        TaxService,
        PartyOrganizationDepartment,
        HumanResourcesAndSocialSecurityDepartment,
        EducationDepartment,
        MarketRegulationAdministration,
        GovernmentServicesOffice,
    ];

    private static readonly FrozenDictionary<string, ResponsibleUnit> ByName = BuildIndex();

    /// <summary>Every name a unit can be looked up by (short, full and English names of the 15 units and the 11 city governments).</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Concat(CityGovernments).SelectMany(NamesOf)];

    /// <summary>
    /// Finds a unit by its short Chinese name (<c>省科技厅</c>), full Chinese name
    /// (<c>河北省科学技术厅</c>) or English name (case-insensitive). City governments are found too.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="unit">The unit when the method returns <see langword="true"/>.</param>
    /// <returns>Whether a unit has that name.</returns>
    public static bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out ResponsibleUnit? unit)
    {
        unit = null;
        return name is not null && ByName.TryGetValue(name.Trim(), out unit);
    }

    /// <summary>Finds a unit by name, or throws with the closest names.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">No unit has that name; the message lists the closest names.</exception>
    public static ResponsibleUnit Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryFind(name, out var unit))
        {
            return unit;
        }

        var closest = Suggest(name);
        var hint = closest.Count == 0
            ? " Known units: " + string.Join("、", All.Select(u => u.ShortNameZh)) + "."
            : " Did you mean " + string.Join(", ", closest.Select(n => "'" + n + "'")) + "?";
        throw new KeyNotFoundException("No responsible unit is named '" + name + "'." + hint);
    }

    /// <summary>The known unit names closest to <paramref name="name"/>, best first (see <see cref="ClosestNames"/>).</summary>
    /// <param name="name">A name that was not found.</param>
    /// <param name="maximum">How many suggestions at most.</param>
    /// <returns>Up to <paramref name="maximum"/> names.</returns>
    public static IReadOnlyList<string> Suggest(string name, int maximum = 3) => ClosestNames.Find(name, Names, maximum);

    private static ResponsibleUnit City(string name, string nameEn) =>
        ResponsibleUnit.Create(name + "市政府", name + "市人民政府", nameEn + " Municipal People's Government", UnitKind.CityGovernment);

    private static IEnumerable<string> NamesOf(ResponsibleUnit unit) => [unit.ShortNameZh, unit.FullNameZh, unit.NameEn];

    private static FrozenDictionary<string, ResponsibleUnit> BuildIndex()
    {
        var index = new Dictionary<string, ResponsibleUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in All.Concat(CityGovernments))
        {
            foreach (var name in NamesOf(unit))
            {
                index.Add(name, unit);
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
