using System.Collections.Immutable;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Evaluation;

/// <content>What an evaluation in detail keeps of its working columns, and how it becomes an <see cref="EvaluationDetail"/>.</content>
public sealed partial class EvaluationPipeline
{
    /// <summary>
    /// Copies of the working columns taken as the run goes (the run overwrites its columns in
    /// place, step after step): raw values of every present unit, values after imputation and
    /// after treatment of every scored unit, and the weights each group was aggregated with.
    /// </summary>
    private sealed class DetailCapture
    {
        private double[] raw = [];
        private double[] imputed = [];
        private double[] treated = [];
        private double[][] weights = [];

        public void Start(ReadOnlySpan<double> rawValues, int cells, int groups)
        {
            raw = rawValues.ToArray();
            imputed = new double[cells];
            treated = new double[cells];
            weights = new double[groups][];
        }

        public void KeepImputed(int indicator, ReadOnlySpan<double> column) => Keep(imputed, indicator, column);

        public void KeepTreated(int indicator, ReadOnlySpan<double> column) => Keep(treated, indicator, column);

        public void KeepWeights(int group, ReadOnlySpan<double> applied) => weights[group] = applied.ToArray();

        public EvaluationDetail Build(
            EvaluationPipeline pipeline,
            Panel panel,
            EvaluationResult result,
            int[] scoredIndex,
            List<int> units,
            int[] presentUnits,
            ReadOnlySpan<double> normalised,
            ReadOnlySpan<double> groupValues)
        {
            var framework = pipeline.Framework;
            var plans = pipeline.indicatorPlans;
            var m = plans.Length;
            var p = scoredIndex.Length;
            var s = units.Count;

            var indicators = ImmutableArray.CreateBuilder<IndicatorDetail>(m);
            for (var i = 0; i < m; i++)
            {
                var indicator = plans[i].Indicator;
                var rawColumn = raw.AsSpan(i * p, p).ToArray();
                var imputedColumn = Spread(imputed.AsSpan(i * s, s), scoredIndex);
                var treatedColumn = Spread(treated.AsSpan(i * s, s), scoredIndex);
                var normalisedColumn = Spread(normalised.Slice(i * s, s), scoredIndex);
                var how = indicator.Kind == IndicatorKind.Qualitative
                    ? $"qualitative scaling {pipeline.Method.QualitativeScaling}"
                    : pipeline.Method.NormalisationFor(indicator.Code.ToString()).ToString();
                indicators.Add(IndicatorDetail.Create(indicator.Code.ToString(), indicator.NameZh, indicator.ParentCode.ToString(), how, rawColumn, imputedColumn, treatedColumn, normalisedColumn));
            }

            var groups = framework.Groups;
            var details = new List<(int Level, int Order, GroupDetail Detail)>(groups.Length);
            foreach (var plan in pipeline.groupPlans)
            {
                var group = groups[plan.Group];
                var scores = Spread(groupValues.Slice(plan.Group * s, s), scoredIndex);
                var applied = weights[plan.Group] ?? plan.FixedWeights;
                var kind = plan.Weighting switch
                {
                    null => WeightKind.Fixed,
                    { IsDataDriven: true } => WeightKind.DataDriven,
                    { Name: "equal" } => WeightKind.Equal,
                    _ => WeightKind.Fixed,
                };
                var level = framework.LevelOf(group.Code);
                details.Add((level, plan.Group, GroupDetail.Create(
                    group.Code.ToString(),
                    group.NameZh,
                    group.ParentCode?.ToString(),
                    level,
                    plan.Aggregation.Name,
                    plan.WeightingName,
                    kind,
                    [.. framework.ChildrenOf(group.Code).Select(c => c.ToString())],
                    applied,
                    scores,
                    Ranking.Descending(scores))));
            }

            var counties = new List<Counties.County>(s);
            foreach (var u in units)
            {
                counties.Add(panel.Counties[presentUnits[u]]);
            }

            var codes = plans.Select(x => x.Indicator.Code).ToArray();
            var dataYear = result.DataYear;
            var comments = panel.Metadata.Comments;
            var imputedPanel = Panel.Create(
                PanelMetadata.Create($"{panel.Metadata.Source} (imputed for the {result.Year} evaluation)", panel.IsSynthetic, comments),
                counties,
                [dataYear],
                codes,
                imputed);
            var treatedPanel = Panel.Create(
                PanelMetadata.Create($"{panel.Metadata.Source} (imputed and treated for the {result.Year} evaluation)", panel.IsSynthetic, comments),
                counties,
                [dataYear],
                codes,
                treated);
            return EvaluationDetail.Create(
                result,
                indicators.MoveToImmutable(),
                [.. details.OrderBy(d => d.Level).ThenBy(d => d.Order).Select(d => d.Detail)],
                imputedPanel,
                treatedPanel);
        }

        private static void Keep(double[] destination, int indicator, ReadOnlySpan<double> column) =>
            column.CopyTo(destination.AsSpan(indicator * column.Length, column.Length));

        /// <summary>A scored-units column spread over every present unit, NaN for the units screened out.</summary>
        private static double[] Spread(ReadOnlySpan<double> column, int[] scoredIndex)
        {
            var spread = new double[scoredIndex.Length];
            for (var u = 0; u < spread.Length; u++)
            {
                spread[u] = scoredIndex[u] >= 0 ? column[scoredIndex[u]] : double.NaN;
            }

            return spread;
        }
    }
}
