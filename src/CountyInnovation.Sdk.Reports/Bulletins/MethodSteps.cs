using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Localization;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>The method of a bulletin as (step, choice) lines, for the HTML method section and the workbook's method sheet.</summary>
internal static class MethodSteps
{
    public static IReadOnlyList<(string Step, string Value)> Of(Bulletin bulletin, ReportText text)
    {
        var m = bulletin.Result.Method;
        var lines = new List<(string, string)>
        {
            (text["summary.method"], bulletin.MethodName),
            (text["method.screening"], m.ScreeningThreshold.ToString(CultureInfo.InvariantCulture)),
            (text["method.imputation"], m.Imputation.IsEmpty ? text["method.none"] : string.Join(" → ", m.Imputation.Select(c => c.ToString()))),
            (text["method.outlierTreatment"], m.OutlierTreatmentEnabled ? m.OutlierTreatment.ToString() : text["method.off"]),
            (text["method.normalisation"], m.Normalisation + string.Concat(m.IndicatorNormalisation.Select(o => $"; {o.Key}: {o.Value}"))),
        };
        for (var i = 0; i < m.Levels.Length; i++)
        {
            lines.Add((text.Format("method.level", i + 1), m.Levels[i].ToString()));
        }

        lines.Add((text["method.qualitativeScaling"], m.QualitativeScaling.ToString()));
        lines.Add((text["method.finalScaling"], m.FinalScaling.ToString()));
        lines.Add((text["method.thresholds"], $"A ≥ {BulletinPhrases.Threshold(m.ClassThresholds.A)}, B ≥ {BulletinPhrases.Threshold(m.ClassThresholds.B)}"));
        return lines;
    }
}
