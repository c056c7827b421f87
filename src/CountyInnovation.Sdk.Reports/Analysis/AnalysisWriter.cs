using System.Globalization;
using System.Text.Json;
using CountyInnovation.Sdk.Analysis;
using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Reports.Analysis;

/// <summary>
/// Writes a <see cref="CompositeAnalysis"/> (docs/formats/analysis.md): indicator statistics,
/// flagged and all correlations, Cronbach's alpha and principal components, as terminal tables,
/// JSON, one tidy CSV or Markdown. Numbers are unrounded in JSON and CSV, four significant digits
/// in the tables; names are escaped for their format.
/// </summary>
public static class AnalysisWriter
{
    /// <summary>The JSON schema identifier.</summary>
    public const string JsonSchema = "county-innovation/analysis/v1";

    /// <summary>Writes <paramref name="analysis"/> in <paramref name="format"/>.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; LF line ends.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is unknown.</exception>
    public static void Write(CompositeAnalysis analysis, AnalysisFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case AnalysisFormat.Json:
                output.Write(Json(analysis));
                break;
            case AnalysisFormat.Csv:
                Csv(analysis, output);
                break;
            case AnalysisFormat.Markdown:
                Text(analysis, output, markdown: true);
                break;
            case AnalysisFormat.Table:
                Text(analysis, output, markdown: false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
    }

    private static string Json(CompositeAnalysis a)
    {
        return ReportJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", JsonSchema);
            json.WriteNumber("evaluationYear", a.Year.Value);
            json.WriteNumber("dataYear", a.Year.DataYear);
            json.WriteStartArray("statistics");
            foreach (var s in a.Statistics)
            {
                json.WriteStartObject();
                json.WriteString("indicator", s.Indicator);
                json.WriteNumber("n", s.Count);
                json.WriteNumber("missing", s.Missing);
                Number(json, "min", s.Minimum);
                Number(json, "max", s.Maximum);
                Number(json, "mean", s.Mean);
                Number(json, "median", s.Median);
                Number(json, "sd", s.StandardDeviation);
                Number(json, "skewness", s.Skewness);
                Number(json, "kurtosis", s.Kurtosis);
                Number(json, "shareOfZeros", s.ShareOfZeros);
                json.WriteBoolean("failsOutlierRule", s.FailsOutlierRule);
                json.WriteStartArray("outlierUnits");
                foreach (var u in s.OutlierUnits)
                {
                    json.WriteStringValue(u);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("correlations");
            foreach (var c in a.Correlations)
            {
                json.WriteStartObject();
                json.WriteString("scope", c.Scope.ToString());
                json.WriteString("first", c.First);
                json.WriteString("second", c.Second);
                if (c.Group is null)
                {
                    json.WriteNull("group");
                }
                else
                {
                    json.WriteString("group", c.Group);
                }

                json.WriteNumber("n", c.Count);
                Number(json, "pearson", c.Pearson);
                Number(json, "spearman", c.Spearman);
                json.WriteBoolean("strongNegative", c.IsStrongNegative);
                json.WriteBoolean("nearDuplicate", c.IsNearDuplicate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var (r, p) in a.Reliability.Zip(a.PrincipalComponents))
            {
                json.WriteStartObject();
                json.WriteString("group", r.Group);
                json.WriteNumber("units", r.Units);
                Number(json, "cronbachAlpha", r.Alpha);
                json.WriteStartArray("components");
                foreach (var c in p.Components)
                {
                    json.WriteStringValue(c);
                }

                json.WriteEndArray();
                json.WriteStartArray("eigenvalues");
                foreach (var e in p.Eigenvalues)
                {
                    json.WriteNumberValue(e);
                }

                json.WriteEndArray();
                json.WriteStartArray("varianceShares");
                foreach (var v in p.VarianceShares)
                {
                    json.WriteNumberValue(v);
                }

                json.WriteEndArray();
                json.WriteStartArray("loadings");
                foreach (var l in p.Loadings)
                {
                    json.WriteStartArray();
                    foreach (var v in l)
                    {
                        json.WriteNumberValue(v);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Csv(CompositeAnalysis a, TextWriter output)
    {
        output.Write("section,subject,other,group,statistic,value\n");
        void Row(string section, string subject, string other, string group, string statistic, double value) =>
            output.Write(string.Join(',', CsvCell.Text(section), CsvCell.Text(subject), CsvCell.Text(other), CsvCell.Text(group), CsvCell.Text(statistic), CsvCell.Number(value)) + "\n");
        foreach (var s in a.Statistics)
        {
            foreach (var (name, value) in new (string, double)[]
            {
                ("n", s.Count), ("missing", s.Missing), ("min", s.Minimum), ("max", s.Maximum), ("mean", s.Mean), ("median", s.Median), ("sd", s.StandardDeviation),
                ("skewness", s.Skewness), ("kurtosis", s.Kurtosis), ("share_of_zeros", s.ShareOfZeros), ("fails_outlier_rule", s.FailsOutlierRule ? 1 : 0), ("outlier_units", s.OutlierUnits.Length),
            })
            {
                Row("statistics", s.Indicator, string.Empty, string.Empty, name, value);
            }
        }

        foreach (var c in a.Correlations)
        {
            Row("correlation", c.First, c.Second, c.Group ?? c.Scope.ToString(), "pearson", c.Pearson);
            Row("correlation", c.First, c.Second, c.Group ?? c.Scope.ToString(), "spearman", c.Spearman);
        }

        foreach (var (r, p) in a.Reliability.Zip(a.PrincipalComponents))
        {
            Row("reliability", r.Group, string.Empty, r.Group, "cronbach_alpha", r.Alpha);
            for (var k = 0; k < p.Eigenvalues.Length; k++)
            {
                var pc = string.Create(CultureInfo.InvariantCulture, $"PC{k + 1}");
                Row("pca", pc, string.Empty, p.Group, "eigenvalue", p.Eigenvalues[k]);
                Row("pca", pc, string.Empty, p.Group, "variance_share", p.VarianceShares[k]);
                for (var c = 0; c < p.Components.Length; c++)
                {
                    Row("pca", pc, p.Components[c], p.Group, "loading", p.Loadings[k][c]);
                }
            }
        }
    }

    private static void Text(CompositeAnalysis a, TextWriter output, bool markdown)
    {
        string E(string text) => markdown ? MarkdownText.Escape(text) : text;
        static string N(double v) => double.IsNaN(v) ? "n/a" : v.ToString("G4", CultureInfo.InvariantCulture);
        var heading = markdown ? "## " : string.Empty;
        output.Write($"{(markdown ? "# " : string.Empty)}Composite indicator analysis: {a.Year} evaluation ({a.Year.DataYear} data)\n\n");
        Table(output, $"{heading}Indicator statistics", ["indicator", "n", "missing", "min", "max", "mean", "median", "sd", "skew", "kurt", "zeros", "outliers"],
            a.Statistics.Select(s => new[] { E(s.Indicator), s.Count.ToString(CultureInfo.InvariantCulture), s.Missing.ToString(CultureInfo.InvariantCulture), N(s.Minimum), N(s.Maximum), N(s.Mean), N(s.Median), N(s.StandardDeviation), N(s.Skewness), N(s.Kurtosis), N(s.ShareOfZeros), s.FailsOutlierRule ? (s.OutlierUnits.IsEmpty ? "log" : E(string.Join(" ", s.OutlierUnits))) : string.Empty }), markdown);
        var flags = a.Flags;
        Table(output, $"{heading}Flagged correlations (r < {CorrelationPair.NegativeThreshold.ToString(CultureInfo.InvariantCulture)} or |r| > {CorrelationPair.DuplicateThreshold.ToString(CultureInfo.InvariantCulture)} within a group)", ["group", "first", "second", "pearson", "spearman", "flag"],
            flags.Select(c => new[] { E(c.Group ?? string.Empty), E(c.First), E(c.Second), N(c.Pearson), N(c.Spearman), c.IsNearDuplicate ? "near-duplicate" : "strong negative" }), markdown);
        Table(output, $"{heading}Correlations with parent and index", ["indicator", "with", "scope", "pearson", "spearman"],
            a.Correlations.Where(c => c.Scope is CorrelationScope.WithParent or CorrelationScope.WithIndex).Select(c => new[] { E(c.First), E(c.Second), c.Scope.ToString(), N(c.Pearson), N(c.Spearman) }), markdown);
        Table(output, $"{heading}Groups: Cronbach's alpha and principal components", ["group", "components", "units", "alpha", "eigenvalues", "PC1 share", "PC1 loadings"],
            a.Reliability.Zip(a.PrincipalComponents).Select(p => new[]
            {
                E(p.First.Group), p.First.Components.ToString(CultureInfo.InvariantCulture), p.First.Units.ToString(CultureInfo.InvariantCulture), N(p.First.Alpha),
                string.Join(" ", p.Second.Eigenvalues.Select(N)), p.Second.VarianceShares.IsEmpty ? "n/a" : N(p.Second.VarianceShares[0]),
                p.Second.Loadings.IsEmpty ? string.Empty : E(string.Join(" ", p.Second.Components.Zip(p.Second.Loadings[0]).Select(x => $"{x.First}={N(x.Second)}"))),
            }), markdown);
    }

    private static void Table(TextWriter output, string title, string[] header, IEnumerable<string[]> rows, bool markdown)
    {
        var list = rows.ToList();
        output.Write(title + "\n\n");
        if (list.Count == 0)
        {
            output.Write("(none)\n\n");
            return;
        }

        if (markdown)
        {
            output.Write("| " + string.Join(" | ", header) + " |\n|" + string.Concat(header.Select(_ => "---|")) + "\n");
            foreach (var row in list)
            {
                output.Write("| " + string.Join(" | ", row) + " |\n");
            }
        }
        else
        {
            var widths = header.Select((h, i) => Math.Max(h.Length, list.Max(r => r[i].Length))).ToArray();
            output.Write(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd() + "\n");
            foreach (var row in list)
            {
                output.Write(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd() + "\n");
            }
        }

        output.Write("\n");
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
