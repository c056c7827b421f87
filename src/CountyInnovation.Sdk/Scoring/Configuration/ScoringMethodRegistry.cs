using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Imputation;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Treatment;
using CountyInnovation.Sdk.Scoring.Weighting;

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>
/// Scoring methods by name, so that a method file can say <c>"normalisation": {"method": "min-max",
/// "lower": 0, "upper": 100}</c>. <see cref="Default"/> holds the SDK's built-in methods; a tool author
/// adds their own with the <c>With…</c> methods, which return a new registry (the registry is immutable
/// and safe to share). Names are case-insensitive; a later registration under the same name replaces
/// the earlier one in the new registry.
/// </summary>
public sealed class ScoringMethodRegistry : IEquatable<ScoringMethodRegistry>
{
    private readonly ImmutableSortedDictionary<string, Func<MethodParameters, IImputation>> imputations;
    private readonly ImmutableSortedDictionary<string, Func<MethodParameters, IOutlierTreatment>> treatments;
    private readonly ImmutableSortedDictionary<string, Func<MethodParameters, INormalisation>> normalisations;
    private readonly ImmutableSortedDictionary<string, Func<MethodParameters, IWeighting>> weightings;
    private readonly ImmutableSortedDictionary<string, Func<MethodParameters, IAggregation>> aggregations;

    private ScoringMethodRegistry(
        ImmutableSortedDictionary<string, Func<MethodParameters, IImputation>> imputations,
        ImmutableSortedDictionary<string, Func<MethodParameters, IOutlierTreatment>> treatments,
        ImmutableSortedDictionary<string, Func<MethodParameters, INormalisation>> normalisations,
        ImmutableSortedDictionary<string, Func<MethodParameters, IWeighting>> weightings,
        ImmutableSortedDictionary<string, Func<MethodParameters, IAggregation>> aggregations)
    {
        this.imputations = imputations;
        this.treatments = treatments;
        this.normalisations = normalisations;
        this.weightings = weightings;
        this.aggregations = aggregations;
    }

    /// <summary>A registry with no methods at all.</summary>
    public static ScoringMethodRegistry Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, Func<MethodParameters, IImputation>>(StringComparer.OrdinalIgnoreCase),
        ImmutableSortedDictionary.Create<string, Func<MethodParameters, IOutlierTreatment>>(StringComparer.OrdinalIgnoreCase),
        ImmutableSortedDictionary.Create<string, Func<MethodParameters, INormalisation>>(StringComparer.OrdinalIgnoreCase),
        ImmutableSortedDictionary.Create<string, Func<MethodParameters, IWeighting>>(StringComparer.OrdinalIgnoreCase),
        ImmutableSortedDictionary.Create<string, Func<MethodParameters, IAggregation>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The SDK's built-in methods (see <c>docs/methodology.md</c> for names and parameters).</summary>
    public static ScoringMethodRegistry Default { get; } = BuiltInMethods.Register(Empty);

    /// <summary>The registered names of one kind, in order.</summary>
    /// <param name="kind">The kind of method.</param>
    public ImmutableArray<string> Names(ScoringMethodKind kind) => kind switch
    {
        ScoringMethodKind.Imputation => [.. imputations.Keys],
        ScoringMethodKind.OutlierTreatment => [.. treatments.Keys],
        ScoringMethodKind.Normalisation => [.. normalisations.Keys],
        ScoringMethodKind.Weighting => [.. weightings.Keys],
        ScoringMethodKind.Aggregation => [.. aggregations.Keys],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown method kind."),
    };

    /// <summary>A copy with an imputation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name, for example <c>my-imputation</c>.</param>
    /// <param name="factory">Builds the method from its parameters; throws <see cref="ScoringConfigurationException"/> for bad ones.</param>
    [Pure]
    public ScoringMethodRegistry WithImputation(string name, Func<MethodParameters, IImputation> factory) =>
        new(imputations.SetItem(CheckName(name), Check(factory)), treatments, normalisations, weightings, aggregations);

    /// <summary>A copy with an outlier treatment registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Builds the method from its parameters.</param>
    [Pure]
    public ScoringMethodRegistry WithOutlierTreatment(string name, Func<MethodParameters, IOutlierTreatment> factory) =>
        new(imputations, treatments.SetItem(CheckName(name), Check(factory)), normalisations, weightings, aggregations);

    /// <summary>A copy with a normalisation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Builds the method from its parameters.</param>
    [Pure]
    public ScoringMethodRegistry WithNormalisation(string name, Func<MethodParameters, INormalisation> factory) =>
        new(imputations, treatments, normalisations.SetItem(CheckName(name), Check(factory)), weightings, aggregations);

    /// <summary>A copy with a weighting registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Builds the method from its parameters.</param>
    [Pure]
    public ScoringMethodRegistry WithWeighting(string name, Func<MethodParameters, IWeighting> factory) =>
        new(imputations, treatments, normalisations, weightings.SetItem(CheckName(name), Check(factory)), aggregations);

    /// <summary>A copy with an aggregation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Builds the method from its parameters.</param>
    [Pure]
    public ScoringMethodRegistry WithAggregation(string name, Func<MethodParameters, IAggregation> factory) =>
        new(imputations, treatments, normalisations, weightings, aggregations.SetItem(CheckName(name), Check(factory)));

    /// <summary>Creates the imputation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameters">Its parameters; none when <see langword="null"/>.</param>
    /// <exception cref="ScoringConfigurationException">Unknown name or invalid parameters.</exception>
    public IImputation CreateImputation(string name, MethodParameters? parameters = null) =>
        Create(imputations, ScoringMethodKind.Imputation, name, parameters);

    /// <summary>Creates the outlier treatment registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown name or invalid parameters.</exception>
    public IOutlierTreatment CreateOutlierTreatment(string name, MethodParameters? parameters = null) =>
        Create(treatments, ScoringMethodKind.OutlierTreatment, name, parameters);

    /// <summary>Creates the normalisation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown name or invalid parameters.</exception>
    public INormalisation CreateNormalisation(string name, MethodParameters? parameters = null) =>
        Create(normalisations, ScoringMethodKind.Normalisation, name, parameters);

    /// <summary>Creates the weighting registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown name or invalid parameters.</exception>
    public IWeighting CreateWeighting(string name, MethodParameters? parameters = null) =>
        Create(weightings, ScoringMethodKind.Weighting, name, parameters);

    /// <summary>Creates the aggregation registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <exception cref="ScoringConfigurationException">Unknown name or invalid parameters.</exception>
    public IAggregation CreateAggregation(string name, MethodParameters? parameters = null) =>
        Create(aggregations, ScoringMethodKind.Aggregation, name, parameters);

    /// <inheritdoc />
    public bool Equals(ScoringMethodRegistry? other) =>
        other is not null
        && SameEntries(imputations, other.imputations)
        && SameEntries(treatments, other.treatments)
        && SameEntries(normalisations, other.normalisations)
        && SameEntries(weightings, other.weightings)
        && SameEntries(aggregations, other.aggregations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringMethodRegistry);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(imputations.Count, treatments.Count, normalisations.Count, weightings.Count, aggregations.Count);

    /// <summary>Lists the registered names per kind.</summary>
    public override string ToString() => string.Join("; ", Enum.GetValues<ScoringMethodKind>().Select(k => $"{k}: {string.Join(", ", Names(k))}"));

    private static T Create<T>(ImmutableSortedDictionary<string, Func<MethodParameters, T>> map, ScoringMethodKind kind, string name, MethodParameters? parameters)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!map.TryGetValue(name, out var factory))
        {
            var known = map.Count == 0 ? "none registered" : string.Join(", ", map.Keys);
            throw new ScoringConfigurationException([ScoringProblem.Of(
                ScoringProblemKind.UnknownMethod, string.IsNullOrWhiteSpace(name) ? "(empty)" : name, $"no {kind} method is registered under this name; known: {known}.")]);
        }

        return factory(parameters ?? MethodParameters.Empty);
    }

    private static bool SameEntries<T>(ImmutableSortedDictionary<string, T> a, ImmutableSortedDictionary<string, T> b)
        where T : class =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var f) && ReferenceEquals(f, p.Value));

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name.Trim();
    }

    private static T Check<T>(T factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory;
    }
}
