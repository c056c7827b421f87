using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// Where an indicator's values come from in a panel: its own column, or its formula over raw
/// statistics (a ratio in the same year, or a growth rate over the year before).
/// </summary>
internal static class IndicatorColumns
{
    /// <summary>Why the panel cannot supply <paramref name="indicator"/>, or <see langword="null"/> when it can.</summary>
    public static string? Problem(Panel panel, Indicator indicator)
    {
        if (panel.Contains(indicator.Code))
        {
            return null;
        }

        if (indicator.Formula is not { } formula)
        {
            return $"The data have no column for indicator '{indicator.Code}' ({indicator.NameZh}).";
        }

        var missing = formula.Inputs.Where(c => !panel.Contains(c)).Select(c => c.ToString()).ToList();
        return missing.Count == 0
            ? null
            : $"The data have no column for indicator '{indicator.Code}' ({indicator.NameZh}) nor for {string.Join(", ", missing)}, which its formula {formula} needs.";
    }

    /// <summary>Fills <paramref name="destination"/> with the indicator's values in year <paramref name="yearIndex"/> for the units in <paramref name="units"/> (panel county positions).</summary>
    public static void Fill(Panel panel, Indicator indicator, int yearIndex, ReadOnlySpan<int> units, Span<double> destination)
    {
        var own = panel.IndexOf(indicator.Code);
        if (own >= 0)
        {
            var column = panel.Column(own, yearIndex);
            for (var u = 0; u < units.Length; u++)
            {
                destination[u] = column[units[u]];
            }

            return;
        }

        var formula = indicator.Formula!;
        var numerator = panel.Column(panel.IndexOf(formula.Numerator), yearIndex);
        if (formula.Kind == FormulaKind.Ratio)
        {
            var denominator = panel.Column(panel.IndexOf(formula.Denominator!.Value), yearIndex);
            for (var u = 0; u < units.Length; u++)
            {
                var d = denominator[units[u]];
                // A zero denominator leaves the ratio undefined: missing, reported like any other gap.
                destination[u] = d == 0 ? double.NaN : numerator[units[u]] / d * formula.Scale;
            }

            return;
        }

        if (yearIndex == 0 || panel.Years[yearIndex - 1] != panel.Years[yearIndex] - 1)
        {
            destination[..units.Length].Fill(double.NaN);
            return;
        }

        var previous = panel.Column(panel.IndexOf(formula.Numerator), yearIndex - 1);
        for (var u = 0; u < units.Length; u++)
        {
            var before = previous[units[u]];
            destination[u] = before == 0 ? double.NaN : ((numerator[units[u]] / before) - 1) * formula.Scale;
        }
    }
}
