using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Scoring.Weighting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Scoring;

public class WeightingAndImputationPropertyTests
{
    private static readonly IWeighting[] DataDriven =
        [EntropyWeighting.Instance, CriticWeighting.Instance, CoefficientOfVariationWeighting.Instance, PcaWeighting.Instance];

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Weights_are_non_negative_and_sum_to_one_or_the_method_says_why((double[][] Rows, double[] Weights) input)
    {
        var k = input.Weights.Length;
        var matrix = ComponentMatrix.FromRows(input.Rows.Select(r => (IReadOnlyList<double>)r));
        var polarities = Enumerable.Range(0, k).Select(j => j % 2 == 0 ? Polarity.MoreIsBetter : Polarity.LessIsBetter).ToArray();
        return Prop.ToProperty(DataDriven.All(m =>
        {
            try
            {
                var w = m.Weigh(matrix, polarities);
                return w.Length == k && w.All(x => x >= 0 && double.IsFinite(x)) && Math.Abs(w.Sum() - 1) < 1e-12;
            }
            catch (WeightingException e)
            {
                return e.Method == m.Name;
            }
        }));
    }

    [Property(Arbitrary = [typeof(ScoringGenerators)])]
    public Property Imputation_never_changes_an_observed_value_and_logs_every_fill(double[] column)
    {
        var groups = column.Select((_, i) => i % 3).ToArray();
        IImputation[] methods =
        [
            StatisticImputation.Create(ImputationStatistic.Mean), StatisticImputation.Create(ImputationStatistic.Median),
            StatisticImputation.Create(ImputationStatistic.Mean, true), StatisticImputation.Create(ImputationStatistic.Median, true),
        ];
        return Prop.ToProperty(methods.All(m =>
        {
            var y = new double[column.Length];
            var outcome = m.Impute(ImputationInput.ForColumn(column).WithGroups(groups), y);
            var observedKept = column.Select((x, i) => double.IsNaN(x) || x.Equals(y[i])).All(ok => ok);
            var logged = outcome.Imputed.All(v => double.IsNaN(column[v.UnitIndex]) && v.Value.Equals(y[v.UnitIndex]));
            var accounted = outcome.Imputed.Length + outcome.StillMissing.Length == column.Count(double.IsNaN);
            var stillMissing = outcome.StillMissing.All(i => double.IsNaN(y[i]));
            return observedKept && logged && accounted && stillMissing;
        }));
    }
}
