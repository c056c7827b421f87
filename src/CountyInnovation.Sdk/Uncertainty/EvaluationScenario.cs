using System.Diagnostics.Contracts;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// What one Monte Carlo run evaluates with: an indicator framework (which carries the weights) and
/// a method configuration. Uncertain assumptions turn the nominal scenario into a run's scenario.
/// </summary>
public sealed class EvaluationScenario : IEquatable<EvaluationScenario>
{
    private EvaluationScenario(IndicatorFramework framework, MethodConfiguration method)
    {
        Framework = framework;
        Method = method;
    }

    /// <summary>The framework, with the weights of this scenario.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The method configuration of this scenario.</summary>
    public MethodConfiguration Method { get; }

    /// <summary>Creates a scenario.</summary>
    /// <param name="framework">The indicator framework.</param>
    /// <param name="method">The method configuration.</param>
    public static EvaluationScenario Of(IndicatorFramework framework, MethodConfiguration method)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(method);
        return new EvaluationScenario(framework, method);
    }

    /// <summary>This scenario with another framework.</summary>
    /// <param name="framework">The new framework.</param>
    [Pure]
    public EvaluationScenario WithFramework(IndicatorFramework framework) => Of(framework, Method);

    /// <summary>This scenario with another method configuration.</summary>
    /// <param name="method">The new method configuration.</param>
    [Pure]
    public EvaluationScenario WithMethod(MethodConfiguration method) => Of(Framework, method);

    /// <inheritdoc />
    public bool Equals(EvaluationScenario? other) =>
        other is not null && Framework.Equals(other.Framework) && Method.Equals(other.Method);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationScenario);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Method);

    /// <summary>Formats as <c>framework; method</c>.</summary>
    public override string ToString() => $"{Framework}; {Method}";
}
