namespace CountyInnovation.Sdk.Evaluation;

/// <summary>Where the weights a group was aggregated with came from (see <see cref="GroupDetail.Weights"/>).</summary>
public enum WeightKind
{
    /// <summary>Fixed weights: the framework's weights (renormalised to sum to 1) or a fixed weighting method.</summary>
    Fixed = 0,

    /// <summary>Equal weights: 1 / number of components.</summary>
    Equal = 1,

    /// <summary>Weights derived from the data of this evaluation (entropy, CRITIC, PCA, coefficient of variation…).</summary>
    DataDriven = 2,
}
