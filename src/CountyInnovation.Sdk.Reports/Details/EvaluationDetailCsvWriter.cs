using System.Globalization;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Reports.Details;

/// <summary>
/// Writes one tidy table of an <see cref="EvaluationDetail"/> as CSV (docs/formats/evaluation-detail.md):
/// unrounded numbers, empty cells for missing values, every text cell neutralised against formulas.
/// </summary>
public static class EvaluationDetailCsvWriter
{
    /// <summary>Writes the table <paramref name="table"/> of <paramref name="detail"/>.</summary>
    /// <param name="detail">The evaluation detail.</param>
    /// <param name="table">Which table.</param>
    /// <param name="output">Where to write (LF line ends).</param>
    /// <exception cref="ArgumentOutOfRangeException">The table is unknown.</exception>
    public static void Write(EvaluationDetail detail, DetailTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(output);
        var year = detail.Result.Year.Value.ToString(CultureInfo.InvariantCulture);
        var dataYear = detail.Result.DataYear.ToString(CultureInfo.InvariantCulture);
        switch (table)
        {
            case DetailTable.Indicators:
                output.Write("evaluation_year,data_year,unit,unit_name,indicator,parent,raw,imputed,treated,normalised\n");
                foreach (var indicator in detail.Indicators)
                {
                    for (var u = 0; u < detail.Units.Length; u++)
                    {
                        var unit = detail.Result.Counties[u];
                        Row(output, year, dataYear, CsvCell.Text(unit.Code), CsvCell.Text(unit.Name), CsvCell.Text(indicator.Code), CsvCell.Text(indicator.Parent),
                            CsvCell.Number(indicator.Raw[u]), CsvCell.Number(indicator.Imputed[u]), CsvCell.Number(indicator.Treated[u]), CsvCell.Number(indicator.Normalised[u]));
                    }
                }

                break;
            case DetailTable.Groups:
                output.Write("evaluation_year,data_year,unit,unit_name,group,level,score,rank\n");
                foreach (var group in detail.Groups)
                {
                    for (var u = 0; u < detail.Units.Length; u++)
                    {
                        var unit = detail.Result.Counties[u];
                        Row(output, year, dataYear, CsvCell.Text(unit.Code), CsvCell.Text(unit.Name), CsvCell.Text(group.Code), CsvCell.Number(group.Level),
                            CsvCell.Number(group.Scores[u]), group.Ranks[u] is { } rank ? CsvCell.Number(rank) : string.Empty);
                    }
                }

                break;
            case DetailTable.Weights:
                output.Write("evaluation_year,data_year,group,level,component,weight,weight_kind,weighting,aggregation\n");
                foreach (var group in detail.Groups)
                {
                    for (var c = 0; c < group.Components.Length; c++)
                    {
                        Row(output, year, dataYear, CsvCell.Text(group.Code), CsvCell.Number(group.Level), CsvCell.Text(group.Components[c]), CsvCell.Number(group.Weights[c]),
                            CsvCell.Text(group.WeightKind.ToString()), CsvCell.Text(group.Weighting), CsvCell.Text(group.Aggregation));
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table.");
        }
    }

    private static void Row(TextWriter output, params string[] cells)
    {
        output.Write(string.Join(',', cells));
        output.Write('\n');
    }
}
