using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>Registers the SDK's built-in methods under their documented names.</summary>
internal static class BuiltInMethods
{
    public static ScoringMethodRegistry Register(ScoringMethodRegistry registry) => registry
        .WithImputation("mean", StatisticImputation.Factory(ImputationStatistic.Mean, false))
        .WithImputation("median", StatisticImputation.Factory(ImputationStatistic.Median, false))
        .WithImputation("group-mean", StatisticImputation.Factory(ImputationStatistic.Mean, true))
        .WithImputation("group-median", StatisticImputation.Factory(ImputationStatistic.Median, true))
        .WithImputation(CarryForwardImputation.MethodName, CarryForwardImputation.FromParameters)
        .WithImputation(LinearInterpolationImputation.MethodName, LinearInterpolationImputation.FromParameters)
        .WithOutlierTreatment(WinsoriseOrLogTreatment.MethodName, WinsoriseOrLogTreatment.FromParameters)
        .WithNormalisation(MinMaxNormalisation.MethodName, MinMaxNormalisation.FromParameters)
        .WithNormalisation(ZScoreNormalisation.MethodName, ZScoreNormalisation.FromParameters)
        .WithNormalisation(GoalpostNormalisation.MethodName, GoalpostNormalisation.FromParameters)
        .WithNormalisation(DistanceToTargetNormalisation.MethodName, DistanceToTargetNormalisation.FromParameters)
        .WithNormalisation(DistanceToReferenceNormalisation.MethodName, DistanceToReferenceNormalisation.FromParameters)
        .WithNormalisation(FractionOfMaxNormalisation.MethodName, FractionOfMaxNormalisation.FromParameters)
        .WithNormalisation(RankNormalisation.MethodName, RankNormalisation.FromParameters)
        .WithNormalisation(PercentileRankNormalisation.MethodName, PercentileRankNormalisation.FromParameters)
        .WithNormalisation(VectorNormalisation.MethodName, VectorNormalisation.FromParameters)
        .WithWeighting(FixedWeighting.MethodName, FixedWeighting.FromParameters)
        .WithWeighting(EqualWeighting.MethodName, EqualWeighting.FromParameters)
        .WithWeighting(EntropyWeighting.MethodName, EntropyWeighting.FromParameters)
        .WithWeighting(CriticWeighting.MethodName, CriticWeighting.FromParameters)
        .WithWeighting(CoefficientOfVariationWeighting.MethodName, CoefficientOfVariationWeighting.FromParameters)
        .WithWeighting(PcaWeighting.MethodName, PcaWeighting.FromParameters)
        .WithAggregation(ArithmeticAggregation.MethodName, ArithmeticAggregation.FromParameters)
        .WithAggregation(GeometricAggregation.MethodName, GeometricAggregation.FromParameters)
        .WithAggregation(HarmonicAggregation.MethodName, HarmonicAggregation.FromParameters)
        .WithAggregation(GeneralisedMeanAggregation.MethodName, GeneralisedMeanAggregation.FromParameters)
        .WithAggregation(CopelandAggregation.MethodName, CopelandAggregation.FromParameters)
        .WithAggregation(TopsisAggregation.MethodName, TopsisAggregation.FromParameters);
}
