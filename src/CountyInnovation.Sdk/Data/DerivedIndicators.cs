using System.Collections.Immutable;
using System.Globalization;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// Computes derived indicators (派生指标) from raw statistics with the formulas recorded on the
/// framework's indicators: ratios and per-capita values (numerator / denominator × scale, same
/// county and year) and growth rates ((x<sub>t</sub> / x<sub>t−1</sub> − 1) × 100, previous calendar
/// year). A value that cannot be computed — an input missing, a zero denominator, no previous year —
/// is missing (never zero) with a note saying why.
/// </summary>
public static class DerivedIndicators
{
    /// <summary>
    /// Adds every framework indicator that the panel lacks and that has a formula whose inputs the
    /// panel has (formulas may read other derived indicators). Indicators already in the panel are
    /// kept as observed, not recomputed.
    /// </summary>
    /// <param name="panel">The data: indicators and raw statistics.</param>
    /// <param name="framework">The framework whose indicators are wanted.</param>
    /// <returns>The panel holding every framework indicator, what was derived, and notes.</returns>
    /// <exception cref="InvalidInputException">
    /// An indicator is neither in the panel nor derivable (no formula, or an input column the panel
    /// does not have); every such indicator is listed.
    /// </exception>
    public static DerivationResult Derive(Panel panel, IndicatorFramework framework)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(framework);
        var pending = framework.Indicators.Where(i => !panel.Contains(i.Code)).ToList();
        var available = panel.Indicators.ToHashSet();
        var order = new List<Indicator>();
        bool progress;
        do
        {
            progress = false;
            foreach (var indicator in pending.ToList())
            {
                if (indicator.Formula is { } f && f.Inputs.All(available.Contains))
                {
                    order.Add(indicator);
                    available.Add(indicator.Code);
                    pending.Remove(indicator);
                    progress = true;
                }
            }
        }
        while (progress);

        var source = SourceLocation.Of(panel.Metadata.Source);
        if (pending.Count > 0)
        {
            throw new InvalidInputException(pending.Select(i => DataProblem.At(source, Unavailable(i, available), indicator: i.Code.Value)));
        }

        var n = panel.Counties.Length;
        var years = panel.Years.Length;
        var columns = new Dictionary<IndicatorCode, double[]>();
        var notes = new List<DataProblem>();
        var missing = new List<MissingCell>();
        foreach (var indicator in order)
        {
            var values = new double[years * n];
            Array.Fill(values, double.NaN);
            for (var y = 0; y < years; y++)
            {
                var present = panel.Presence(y);
                for (var c = 0; c < n; c++)
                {
                    if (!present[c])
                    {
                        continue;
                    }

                    var (value, why) = Compute(indicator.Formula!, panel, columns, y, c);
                    values[(y * n) + c] = value;
                    if (why is not null)
                    {
                        var county = panel.Counties[c].Code;
                        var year = panel.Years[y];
                        missing.Add(MissingCell.Of(county, year, indicator.Code, source));
                        notes.Add(DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"{indicator.Code} = {indicator.Formula!.Describe()} is missing in {year}: {why}."), county.ToString(), indicator.Code.Value));
                    }
                }
            }

            columns[indicator.Code] = values;
        }

        var added = order.Select(i => i.Code).ToImmutableArray();
        var merged = added.SelectMany(code => columns[code]).ToArray();
        return new DerivationResult(panel.WithColumns(added, merged, missing), added, [.. notes]);
    }

    private static string Unavailable(Indicator indicator, HashSet<IndicatorCode> available) => indicator.Formula is { } f
        ? $"The indicator {indicator.Code} is not in the data and cannot be derived: its formula {f.Describe()} needs {string.Join(", ", f.Inputs.Where(i => !available.Contains(i)))}, which the data does not have."
        : $"The indicator {indicator.Code} ({indicator.NameZh}) is not in the data and has no formula to derive it from: add a column {indicator.Code}.";

    private static (double Value, string? Why) Compute(IndicatorFormula formula, Panel panel, Dictionary<IndicatorCode, double[]> derived, int y, int c)
    {
        var n = panel.Counties.Length;
        double Get(IndicatorCode code, int year) =>
            derived.TryGetValue(code, out var column) ? column[(year * n) + c] : panel.Column(panel.IndexOf(code), year)[c];

        var current = Get(formula.Numerator, y);
        if (double.IsNaN(current))
        {
            return (double.NaN, $"{formula.Numerator} is missing");
        }

        double denominator;
        string what;
        if (formula.Kind == FormulaKind.Ratio)
        {
            what = formula.Denominator!.Value.Value;
            denominator = Get(formula.Denominator.Value, y);
        }
        else
        {
            what = $"{formula.Numerator} of the year before";
            if (y == 0 || panel.Years[y - 1] != panel.Years[y] - 1 || !panel.IsPresent(c, y - 1))
            {
                return (double.NaN, $"there is no data for {panel.Years[y] - 1} to grow from");
            }

            denominator = Get(formula.Numerator, y - 1);
        }

        if (double.IsNaN(denominator))
        {
            return (double.NaN, $"{what} is missing");
        }

        if (denominator == 0)
        {
            return (double.NaN, $"{what} is 0 (division by zero)");
        }

        var value = formula.Kind == FormulaKind.Ratio ? current / denominator * formula.Scale : ((current / denominator) - 1) * formula.Scale;
        return double.IsFinite(value) ? (value, null) : (double.NaN, "the result is not a finite number");
    }
}
