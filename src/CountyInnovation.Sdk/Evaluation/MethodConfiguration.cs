using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// Every methodological choice of an evaluation (评价方法配置), recorded in its result: unit
/// screening by data availability, imputation, outlier treatment, normalisation (a default and
/// per-indicator overrides), weighting and aggregation per level of the indicator tree, the scaling
/// of qualitative scores, the final 100-point scaling and the class thresholds. Immutable: the
/// <c>With…</c> methods return changed copies. The JSON file format is documented in
/// <c>docs/formats/method.md</c> and read by <see cref="MethodConfigurationJson"/>.
/// </summary>
public sealed class MethodConfiguration : IEquatable<MethodConfiguration>
{
    private MethodConfiguration(
        string name,
        double screeningThreshold,
        ImmutableArray<MethodChoice> imputation,
        bool outlierTreatmentEnabled,
        MethodChoice outlierTreatment,
        MethodChoice normalisation,
        ImmutableSortedDictionary<string, MethodChoice> indicatorNormalisation,
        ImmutableArray<LevelMethod> levels,
        MethodChoice qualitativeScaling,
        MethodChoice finalScaling,
        ClassThresholds classThresholds)
    {
        Name = name;
        ScreeningThreshold = screeningThreshold;
        Imputation = imputation;
        OutlierTreatmentEnabled = outlierTreatmentEnabled;
        OutlierTreatment = outlierTreatment;
        Normalisation = normalisation;
        IndicatorNormalisation = indicatorNormalisation;
        Levels = levels;
        QualitativeScaling = qualitativeScaling;
        FinalScaling = finalScaling;
        ClassThresholds = classThresholds;
    }

    /// <summary>
    /// The SDK's default method — a documented assumption, since the official normalisation and
    /// weights are not public: no screening; missing values carried forward from the latest earlier
    /// year (at most 2 years back), then filled with the median of the county's city; no outlier
    /// treatment (goalposts already cap extreme values, and winsorising would make a county's score
    /// depend on its neighbours' values); goalpost normalisation of quantitative indicators against
    /// the framework's standard values, × 100 and clamped to [0, 100] (as national monitoring does,
    /// so that scores are comparable across years and a county's progress shows as a score increase);
    /// qualitative scores mapped linearly from their scale onto 0–100; the framework's fixed weights
    /// and weighted arithmetic means at every level; no final rescaling; classes A ≥ 80, B ≥ 60.
    /// </summary>
    public static MethodConfiguration Default { get; } = new(
        "default",
        0,
        [MethodChoice.Of("carry-forward", ("max-years", 2)), MethodChoice.Of("group-median")],
        false,
        MethodChoice.Of("winsorise-or-log", ("max-winsorised", 5), ("skew-threshold", 2), ("kurtosis-threshold", 3.5)),
        MethodChoice.Of("goalposts", ("scale", 100)),
        ImmutableSortedDictionary.Create<string, MethodChoice>(StringComparer.Ordinal),
        [LevelMethod.Default],
        MethodChoice.Of("linear", ("lower", 0), ("upper", 100)),
        MethodChoice.Of("none"),
        ClassThresholds.Default);

    /// <summary>A short name of the configuration, shown in bulletins.</summary>
    public string Name { get; }

    /// <summary>
    /// Unit screening (数据可得性筛选): a county whose share (0–1) of observed indicator values, before
    /// imputation, is below this threshold is not scored (it stays in the result, unscored and
    /// flagged). 0 scores every county with at least one observed value.
    /// </summary>
    public double ScreeningThreshold { get; }

    /// <summary>Imputation methods, applied in order, each filling what the previous ones left missing; empty for none.</summary>
    public ImmutableArray<MethodChoice> Imputation { get; }

    /// <summary>Whether outlier treatment runs.</summary>
    public bool OutlierTreatmentEnabled { get; }

    /// <summary>The outlier treatment method and its parameters (kept even when treatment is off).</summary>
    public MethodChoice OutlierTreatment { get; }

    /// <summary>The normalisation of every quantitative indicator without an override.</summary>
    public MethodChoice Normalisation { get; }

    /// <summary>Normalisation overrides by indicator code.</summary>
    public ImmutableSortedDictionary<string, MethodChoice> IndicatorNormalisation { get; }

    /// <summary>
    /// Weighting and aggregation per level, bottom-up: entry 0 combines the indicators into their
    /// parents (the first-level indicators), entry 1 the level above, and so on. A level without an
    /// entry uses the last entry.
    /// </summary>
    public ImmutableArray<LevelMethod> Levels { get; }

    /// <summary>How qualitative (expert) scores are mapped onto the normalised scale.</summary>
    public MethodChoice QualitativeScaling { get; }

    /// <summary>The final scaling of the index to the 100-point score (<c>none</c> when the aggregate already is on 0–100).</summary>
    public MethodChoice FinalScaling { get; }

    /// <summary>The class thresholds.</summary>
    public ClassThresholds ClassThresholds { get; }

    /// <summary>The normalisation of indicator <paramref name="indicatorCode"/>.</summary>
    /// <param name="indicatorCode">The indicator code.</param>
    public MethodChoice NormalisationFor(string indicatorCode) =>
        IndicatorNormalisation.TryGetValue(indicatorCode, out var choice) ? choice : Normalisation;

    /// <summary>The method of aggregation level <paramref name="level"/> (0 = indicators into their parents).</summary>
    /// <param name="level">The level, from 0.</param>
    public LevelMethod LevelFor(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        return Levels[Math.Min(level, Levels.Length - 1)];
    }

    /// <summary>A copy with another name.</summary>
    /// <param name="name">The name; not empty.</param>
    [Pure]
    public MethodConfiguration WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with another screening threshold.</summary>
    /// <param name="threshold">The share 0–1.</param>
    [Pure]
    public MethodConfiguration WithScreeningThreshold(double threshold)
    {
        CheckShare(threshold, nameof(threshold));
        return new(Name, threshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with other imputation steps (none for no imputation).</summary>
    /// <param name="steps">The methods, applied in order.</param>
    [Pure]
    public MethodConfiguration WithImputation(params IEnumerable<MethodChoice> steps)
    {
        var frozen = Freeze(steps, nameof(steps));
        return new(Name, ScreeningThreshold, frozen, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with outlier treatment switched on or off, optionally with another method.</summary>
    /// <param name="enabled">Whether treatment runs.</param>
    /// <param name="method">The method; the current one when omitted.</param>
    [Pure]
    public MethodConfiguration WithOutlierTreatment(bool enabled, MethodChoice? method = null) =>
        new(Name, ScreeningThreshold, Imputation, enabled, method ?? OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, FinalScaling, ClassThresholds);

    /// <summary>A copy with another default normalisation and, optionally, per-indicator overrides.</summary>
    /// <param name="normalisation">The default normalisation.</param>
    /// <param name="overrides">Overrides by indicator code; when omitted the current overrides stay.</param>
    [Pure]
    public MethodConfiguration WithNormalisation(MethodChoice normalisation, IEnumerable<KeyValuePair<string, MethodChoice>>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(normalisation);
        var map = overrides is null ? IndicatorNormalisation : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, overrides);
        return new(Name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, normalisation, map, Levels, QualitativeScaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with other level methods, bottom-up.</summary>
    /// <param name="levels">At least one level method.</param>
    [Pure]
    public MethodConfiguration WithLevels(params IEnumerable<LevelMethod> levels)
    {
        var frozen = Freeze(levels, nameof(levels));
        if (frozen.IsEmpty)
        {
            throw new ArgumentException("At least one level method is needed.", nameof(levels));
        }

        return new(Name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, frozen, QualitativeScaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with another qualitative scaling.</summary>
    /// <param name="scaling">The scaling method.</param>
    [Pure]
    public MethodConfiguration WithQualitativeScaling(MethodChoice scaling)
    {
        ArgumentNullException.ThrowIfNull(scaling);
        return new(Name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, scaling, FinalScaling, ClassThresholds);
    }

    /// <summary>A copy with another final scaling.</summary>
    /// <param name="scaling">The scaling method.</param>
    [Pure]
    public MethodConfiguration WithFinalScaling(MethodChoice scaling)
    {
        ArgumentNullException.ThrowIfNull(scaling);
        return new(Name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, scaling, ClassThresholds);
    }

    /// <summary>A copy with other class thresholds.</summary>
    /// <param name="thresholds">The thresholds.</param>
    [Pure]
    public MethodConfiguration WithClassThresholds(ClassThresholds thresholds)
    {
        if (thresholds.A <= thresholds.B)
        {
            throw new ArgumentException("Thresholds must come from ClassThresholds.Of or ClassThresholds.Default.", nameof(thresholds));
        }

        return new(Name, ScreeningThreshold, Imputation, OutlierTreatmentEnabled, OutlierTreatment, Normalisation, IndicatorNormalisation, Levels, QualitativeScaling, FinalScaling, thresholds);
    }

    /// <inheritdoc />
    public bool Equals(MethodConfiguration? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Name, other.Name, StringComparison.Ordinal)
                && ScreeningThreshold.Equals(other.ScreeningThreshold)
                && Imputation.SequenceEqual(other.Imputation)
                && OutlierTreatmentEnabled == other.OutlierTreatmentEnabled
                && OutlierTreatment.Equals(other.OutlierTreatment)
                && Normalisation.Equals(other.Normalisation)
                && SameMap(IndicatorNormalisation, other.IndicatorNormalisation)
                && Levels.SequenceEqual(other.Levels)
                && QualitativeScaling.Equals(other.QualitativeScaling)
                && FinalScaling.Equals(other.FinalScaling)
                && ClassThresholds.Equals(other.ClassThresholds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MethodConfiguration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ScreeningThreshold, Normalisation, Levels.Length, FinalScaling, ClassThresholds);

    /// <summary>A one-line summary, for example <c>default: min-max(lower=0, upper=100); weights fixed, aggregate arithmetic; A≥80;B≥60</c>.</summary>
    public override string ToString() =>
        $"{Name}: {Normalisation}; {string.Join(" | ", Levels)}; {ClassThresholds}";

    internal static void CheckShare(double share, string parameterName)
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, share, string.Create(CultureInfo.InvariantCulture, $"A data-availability threshold is a share from 0 to 1, not {share}."));
        }
    }

    internal static bool SameMap(ImmutableSortedDictionary<string, MethodChoice> left, ImmutableSortedDictionary<string, MethodChoice> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var v) && p.Value.Equals(v));

    private static ImmutableArray<T> Freeze<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var frozen = items.ToImmutableArray();
        if (frozen.Any(i => i is null))
        {
            throw new ArgumentException("No entry may be null.", parameterName);
        }

        return frozen;
    }
}
