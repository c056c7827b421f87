namespace CountyInnovation.Sdk.Responsibility;

/// <summary>What kind of body a <see cref="ResponsibleUnit"/> is.</summary>
public enum UnitKind
{
    /// <summary>A department or commission of the provincial government (省政府组成部门), e.g. 省科技厅.</summary>
    ProvincialDepartment,

    /// <summary>An office or agency directly under the provincial government, e.g. 省政务服务管理办公室.</summary>
    ProvincialAgency,

    /// <summary>An organ of the provincial Party committee, e.g. 省委组织部.</summary>
    PartyOrgan,

    /// <summary>All prefecture-level city governments taken together (各市政府); expands to <see cref="CityGovernment"/>s.</summary>
    CollectiveCityGovernments,

    /// <summary>The government of one prefecture-level city (设区市人民政府), e.g. 石家庄市人民政府.</summary>
    CityGovernment,

    /// <summary>The administrative committee of a new area, e.g. 雄安新区管委会.</summary>
    NewAreaCommittee,

    /// <summary>A branch of the central bank, e.g. 人行石家庄支行.</summary>
    CentralBankBranch,

    /// <summary>A supervisory authority (financial or market regulation), e.g. 河北银保监局, 省市场监管局.</summary>
    Regulator,

    /// <summary>The provincial office of the State Taxation Administration, 省税务局.</summary>
    TaxService,
}
