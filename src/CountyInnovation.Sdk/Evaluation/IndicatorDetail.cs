using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One indicator through an evaluation, for every county of <see cref="EvaluationDetail.Units"/>
/// (same positions): the raw values, the values after imputation, after outlier treatment, and the
/// normalised scores that entered the aggregation. <see cref="double.NaN"/> marks a missing value or
/// a step that did not run (counties screened out are neither imputed, treated nor normalised).
/// </summary>
public sealed class IndicatorDetail : IEquatable<IndicatorDetail>
{
    private IndicatorDetail(string code, string name, string parent, string normalisation, ImmutableArray<double> raw, ImmutableArray<double> imputed, ImmutableArray<double> treated, ImmutableArray<double> normalised)
    {
        Code = code;
        Name = name;
        Parent = parent;
        Normalisation = normalisation;
        Raw = raw;
        Imputed = imputed;
        Treated = treated;
        Normalised = normalised;
    }

    /// <summary>The indicator code.</summary>
    public string Code { get; }

    /// <summary>The indicator name.</summary>
    public string Name { get; }

    /// <summary>The code of the group the indicator belongs to.</summary>
    public string Parent { get; }

    /// <summary>How the indicator was normalised, for example <c>min-max(lower=0, upper=100)</c>, or <c>qualitative scaling linear(…)</c>.</summary>
    public string Normalisation { get; }

    /// <summary>The values as read (data year), one per unit.</summary>
    public ImmutableArray<double> Raw { get; }

    /// <summary>The values after imputation, one per unit.</summary>
    public ImmutableArray<double> Imputed { get; }

    /// <summary>The values after outlier treatment, one per unit (log-transformed values when the treatment took logs).</summary>
    public ImmutableArray<double> Treated { get; }

    /// <summary>The normalised scores, one per unit.</summary>
    public ImmutableArray<double> Normalised { get; }

    internal static IndicatorDetail Create(string code, string name, string parent, string normalisation, double[] raw, double[] imputed, double[] treated, double[] normalised) =>
        new(code, name, parent, normalisation, [.. raw], [.. imputed], [.. treated], [.. normalised]);

    /// <inheritdoc />
    public bool Equals(IndicatorDetail? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Parent, other.Parent, StringComparison.Ordinal)
        && string.Equals(Normalisation, other.Normalisation, StringComparison.Ordinal)
        && Raw.SequenceEqual(other.Raw)
        && Imputed.SequenceEqual(other.Imputed)
        && Treated.SequenceEqual(other.Treated)
        && Normalised.SequenceEqual(other.Normalised);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorDetail);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Raw.Length);

    /// <summary>Formats as <c>X05 name (under A1, min-max(…)), 167 units</c>.</summary>
    public override string ToString() => $"{Code} {Name} (under {Parent}, {Normalisation}), {Raw.Length} units";
}
