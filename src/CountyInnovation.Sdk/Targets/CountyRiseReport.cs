using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Measure 22 per county (逐年提高): for each year of a panel after its first, which counties'
/// indicator (by default the fiscal S&amp;T share, <c>fiscal_st_share</c>) did not rise over the year
/// before. Counties without both values are listed as "no data", never counted as rising or falling.
/// </summary>
public sealed class CountyRiseReport : IEquatable<CountyRiseReport>
{
    private CountyRiseReport(IndicatorCode indicator, string source, bool isSynthetic, ImmutableArray<CountyRiseYear> years)
    {
        Indicator = indicator;
        Source = source;
        IsSynthetic = isSynthetic;
        Years = years;
    }

    /// <summary>The indicator code of the fiscal S&amp;T share in the default framework: <c>fiscal_st_share</c>.</summary>
    public static IndicatorCode FiscalScienceShare { get; } = IndicatorCode.Parse("fiscal_st_share");

    /// <summary>The indicator checked.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The panel's source, for reports.</summary>
    public string Source { get; }

    /// <summary>Whether the panel is synthetic (sample data): reports must say so.</summary>
    public bool IsSynthetic { get; }

    /// <summary>One result per year compared, in year order.</summary>
    public ImmutableArray<CountyRiseYear> Years { get; }

    /// <summary>Checks every county in every pair of consecutive panel years.</summary>
    /// <param name="panel">The panel (counties × years × indicators).</param>
    /// <param name="indicator">The indicator that must rise; default <see cref="FiscalScienceShare"/>.</param>
    /// <param name="firstYear">The first year compared with its previous year; default the panel's second year.</param>
    /// <param name="lastYear">The last year; default the panel's last year.</param>
    /// <exception cref="ArgumentException">The indicator is not in the panel, or a year is outside it.</exception>
    public static CountyRiseReport From(Panel panel, IndicatorCode? indicator = null, int? firstYear = null, int? lastYear = null)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var code = indicator ?? FiscalScienceShare;
        if (!panel.Contains(code))
        {
            throw new ArgumentException($"The panel has no indicator '{code}'. Its indicators: {string.Join(", ", panel.Indicators)}.", nameof(indicator));
        }

        if (panel.Years.Length < 2)
        {
            return new CountyRiseReport(code, panel.Metadata.Source, panel.IsSynthetic, []);
        }

        var from = firstYear ?? panel.Years[1];
        var to = lastYear ?? panel.Years[^1];
        if (!panel.Years.Contains(from - 1) || !panel.Years.Contains(to) || to < from)
        {
            throw new ArgumentException($"Years {from}–{to} need {from - 1}–{to} in the panel ({panel.Years[0]}–{panel.Years[^1]}).", nameof(firstYear));
        }

        var years = ImmutableArray.CreateBuilder<CountyRiseYear>();
        for (var year = from; year <= to; year++)
        {
            if (!panel.Years.Contains(year) || !panel.Years.Contains(year - 1))
            {
                years.Add(CountyRiseYear.Of(year, [], panel.Counties));
                continue;
            }

            var changes = new List<CountyChange>();
            var noData = new List<County>();
            var previousYear = panel.IndexOfYear(year - 1);
            var thisYear = panel.IndexOfYear(year);
            var before = panel.Column(code, year - 1);
            var now = panel.Column(code, year);
            for (var c = 0; c < panel.Counties.Length; c++)
            {
                if (!panel.IsPresent(c, previousYear) && !panel.IsPresent(c, thisYear))
                {
                    continue;
                }

                if (double.IsNaN(before[c]) || double.IsNaN(now[c]))
                {
                    noData.Add(panel.Counties[c]);
                }
                else
                {
                    changes.Add(CountyChange.Of(panel.Counties[c], before[c], now[c]));
                }
            }

            years.Add(CountyRiseYear.Of(year, changes, noData));
        }

        return new CountyRiseReport(code, panel.Metadata.Source, panel.IsSynthetic, years.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(CountyRiseReport? other) =>
        other is not null
        && Indicator.Equals(other.Indicator)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && IsSynthetic == other.IsSynthetic
        && Years.SequenceEqual(other.Years);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountyRiseReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Source, Years.Length);

    /// <summary>Formats one line per year.</summary>
    public override string ToString() => $"{Indicator} rises every year: " + string.Join("; ", Years);
}
