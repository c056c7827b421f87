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
        ReadOnlySpan<double> ColumnOf(IndicatorCode code, int y) =>
            columns.TryGetValue(code, out var derived) ? derived.AsSpan(y * n, n) : panel.Column(panel.IndexOf(code), y);

        var notes = new List<DataProblem>();
        var missing = new List<MissingCell>();
        foreach (var indicator in order)
        {
            var formula = indicator.Formula!;
            var values = new double[years * n];
            Array.Fill(values, double.NaN);
            for (var y = 0; y < years; y++)
            {
                var present = panel.Presence(y);
                var current = ColumnOf(formula.Numerator, y);
                var hasPrevious = formula.Kind == FormulaKind.Ratio || (y > 0 && panel.Years[y - 1] == panel.Years[y] - 1);
                var denominator = formula.Kind == FormulaKind.Ratio ? ColumnOf(formula.Denominator!.Value, y)
                    : hasPrevious ? ColumnOf(formula.Numerator, y - 1)
                    : default;
                var previousPresent = formula.Kind == FormulaKind.GrowthRate && hasPrevious ? panel.Presence(y - 1) : default;
                for (var c = 0; c < n; c++)
                {
                    if (!present[c])
                    {
                        continue;
                    }

                    var (value, why) = hasPrevious && (formula.Kind == FormulaKind.Ratio || previousPresent[c])
                        ? Compute(formula, current[c], denominator[c])
                        : Compute(formula, current[c], null);
                    values[(y * n) + c] = value;
                    if (why != Unavailability.None)
                    {
                        var county = panel.Counties[c].Code;
                        var year = panel.Years[y];
                        missing.Add(MissingCell.Of(county, year, indicator.Code, source));
                        notes.Add(DataProblem.At(source, string.Create(CultureInfo.InvariantCulture, $"{indicator.Code} = {formula.Describe()} is missing in {year}: {Explain(why, formula, year)}."), county.ToString(), indicator.Code.Value));
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

    /// <summary>
    /// One derived value from its inputs (<paramref name="denominator"/> null: a growth rate without a
    /// previous year), or NaN and why not. Column lookups happen once per year in the caller, not
    /// here: this runs for every county-year, so it allocates nothing.
    /// </summary>
    private static (double Value, Unavailability Why) Compute(IndicatorFormula formula, double current, double? denominator)
    {
        if (double.IsNaN(current))
        {
            return (double.NaN, Unavailability.NumeratorMissing);
        }

        if (denominator is not { } d)
        {
            return (double.NaN, Unavailability.NoPreviousYear);
        }

        if (double.IsNaN(d))
        {
            return (double.NaN, Unavailability.DenominatorMissing);
        }

        if (d == 0)
        {
            return (double.NaN, Unavailability.DenominatorZero);
        }

        var value = formula.Kind == FormulaKind.Ratio ? current / d * formula.Scale : ((current / d) - 1) * formula.Scale;
        return double.IsFinite(value) ? (value, Unavailability.None) : (double.NaN, Unavailability.NotFinite);
    }

    private static string Explain(Unavailability why, IndicatorFormula formula, int year)
    {
        var denominator = formula.Kind == FormulaKind.Ratio ? formula.Denominator!.Value.Value : $"{formula.Numerator} of the year before";
        return why switch
        {
            Unavailability.NumeratorMissing => $"{formula.Numerator} is missing",
            Unavailability.NoPreviousYear => string.Create(CultureInfo.InvariantCulture, $"there is no data for {year - 1} to grow from"),
            Unavailability.DenominatorMissing => $"{denominator} is missing",
            Unavailability.DenominatorZero => $"{denominator} is 0 (division by zero)",
            _ => "the result is not a finite number",
        };
    }

    private enum Unavailability
    {
        None,
        NumeratorMissing,
        NoPreviousYear,
        DenominatorMissing,
        DenominatorZero,
        NotFinite,
    }
}
