using System;
using System.Collections.Generic;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// The names <c>ResponsibleUnits.Get</c> accepts — short, full Chinese and English names of the 15 units
/// of the 2020 measures, then of the 11 city governments that 各市政府 stands for — in the SDK's order,
/// so the linked <see cref="ClosestNames"/> suggests exactly what the SDK suggests. The registry is data
/// inside the SDK that the compiler cannot load; a test holds this copy equal to <c>ResponsibleUnits.Names</c>.
/// </summary>
internal static class ResponsibleUnitNames
{
    /// <summary>Every accepted name, in the SDK's order.</summary>
    internal static readonly string[] All =
    [
        "省科技厅", "河北省科学技术厅", "Hebei Provincial Department of Science and Technology",
        "各市政府", "各设区市人民政府", "Governments of all prefecture-level cities",
        "雄安新区管委会", "河北雄安新区管理委员会", "Administrative Committee of Hebei Xiong'an New Area",
        "省发展改革委", "河北省发展和改革委员会", "Hebei Provincial Development and Reform Commission",
        "省商务厅", "河北省商务厅", "Hebei Provincial Department of Commerce",
        "省工业和信息化厅", "河北省工业和信息化厅", "Hebei Provincial Department of Industry and Information Technology",
        "省地方金融监管局", "河北省地方金融监督管理局", "Hebei Local Financial Supervision and Administration Bureau",
        "人行石家庄支行", "中国人民银行石家庄中心支行", "Shijiazhuang Central Sub-branch of the People's Bank of China",
        "河北银保监局", "中国银行保险监督管理委员会河北监管局", "Hebei Office of the China Banking and Insurance Regulatory Commission",
        "省税务局", "国家税务总局河北省税务局", "Hebei Provincial Tax Service, State Taxation Administration",
        "省委组织部", "中共河北省委组织部", "Organization Department of the CPC Hebei Provincial Committee",
        "省人力资源社会保障厅", "河北省人力资源和社会保障厅", "Hebei Provincial Department of Human Resources and Social Security",
        "省教育厅", "河北省教育厅", "Hebei Provincial Department of Education",
        "省市场监管局", "河北省市场监督管理局", "Hebei Administration for Market Regulation",
        "省政务服务管理办公室", "河北省政务服务管理办公室", "Hebei Government Services Administration Office",
        "石家庄市政府", "石家庄市人民政府", "Shijiazhuang Municipal People's Government",
        "唐山市政府", "唐山市人民政府", "Tangshan Municipal People's Government",
        "秦皇岛市政府", "秦皇岛市人民政府", "Qinhuangdao Municipal People's Government",
        "邯郸市政府", "邯郸市人民政府", "Handan Municipal People's Government",
        "邢台市政府", "邢台市人民政府", "Xingtai Municipal People's Government",
        "保定市政府", "保定市人民政府", "Baoding Municipal People's Government",
        "张家口市政府", "张家口市人民政府", "Zhangjiakou Municipal People's Government",
        "承德市政府", "承德市人民政府", "Chengde Municipal People's Government",
        "沧州市政府", "沧州市人民政府", "Cangzhou Municipal People's Government",
        "廊坊市政府", "廊坊市人民政府", "Langfang Municipal People's Government",
        "衡水市政府", "衡水市人民政府", "Hengshui Municipal People's Government",
    ];

    /// <summary>Whether the SDK finds a unit by this name (trimmed, case-insensitive, as <c>TryFind</c> does).</summary>
    internal static bool IsKnown(string name)
    {
        var trimmed = name.Trim();
        foreach (var known in All)
        {
            if (string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closest accepted names, best first, as <c>ResponsibleUnits.Suggest</c> gives them.</summary>
    internal static IReadOnlyList<string> Suggest(string name) => ClosestNames.Find(name, All, 3);
}
