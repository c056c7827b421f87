using System.Collections.Immutable;
using Ardalis.GuardClauses;
using CountyInnovation.Sdk.Policy;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Keep a rate at or above a threshold at given levels of government, with no date: a standing
/// target. Measure 27: "确保省市县三级网上可办率达到95%以上" (online availability ≥ 95 % at province,
/// city and county level).
/// </summary>
public sealed class ThresholdTarget : Target, IEquatable<ThresholdTarget>
{
    private ThresholdTarget(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, Percentage threshold, ImmutableArray<GovernmentLevel> levels)
        : base(measure, descriptionZh, descriptionEn, sourceTextZh, TargetDirection.AtLeast)
    {
        Threshold = threshold;
        Levels = levels;
    }

    /// <summary>The threshold the rate must reach or exceed (以上 includes the threshold).</summary>
    public Percentage Threshold { get; }

    /// <summary>The levels of government at which the threshold applies, each on its own.</summary>
    public ImmutableArray<GovernmentLevel> Levels { get; }

    /// <inheritdoc />
    public override TargetKind Kind => TargetKind.StandingThreshold;

    /// <inheritdoc />
    public override decimal? Value => (decimal)Threshold.Value;

    /// <inheritdoc />
    public override string Unit => "%";

    /// <inheritdoc />
    public override string UnitZh => "%";

    /// <summary>Creates a threshold target.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="descriptionZh">What is to be achieved, in Chinese.</param>
    /// <param name="descriptionEn">What is to be achieved, in English.</param>
    /// <param name="sourceTextZh">The words of the text that state it.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="levels">The levels of government; at least one, no repeats.</param>
    /// <returns>The target.</returns>
    public static ThresholdTarget Create(MeasureNumber measure, string descriptionZh, string descriptionEn, string sourceTextZh, Percentage threshold, IEnumerable<GovernmentLevel> levels)
    {
        var frozen = Guard.Against.Null(levels).ToImmutableArray();
        Guard.Against.Expression(l => l.IsEmpty || l.Distinct().Count() != l.Length, frozen, "Name each level of government once, at least one.", nameof(levels));
        return new(measure, descriptionZh, descriptionEn, sourceTextZh, threshold, frozen);
    }

    /// <summary>Value equality (see <see cref="Target.Equals(Target)"/>).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>Whether all data are equal.</returns>
    public bool Equals(ThresholdTarget? other) => Equals((Target?)other);

    /// <inheritdoc />
    protected override bool EqualsCore(Target other) =>
        other is ThresholdTarget o && Threshold == o.Threshold && Levels.SequenceEqual(o.Levels);
}
