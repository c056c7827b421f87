using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Imputation;

/// <summary>The record of one imputation on one column: every imputed value and how many remain missing.</summary>
public sealed record ImputationOutcome
{
    private ImputationOutcome(string method, ImmutableArray<ImputedValue> imputed, ImmutableArray<int> stillMissing)
    {
        Method = method;
        Imputed = imputed;
        StillMissing = stillMissing;
    }

    /// <summary>The imputation's registry name.</summary>
    public string Method { get; }

    /// <summary>Every imputed value, in unit order.</summary>
    public ImmutableArray<ImputedValue> Imputed { get; }

    /// <summary>Units still missing after imputation (nothing to impute from), in unit order.</summary>
    public ImmutableArray<int> StillMissing { get; }

    /// <summary>Creates an outcome.</summary>
    /// <param name="method">The method's name.</param>
    /// <param name="imputed">The imputed values.</param>
    /// <param name="stillMissing">Units left missing.</param>
    public static ImputationOutcome Create(string method, IEnumerable<ImputedValue> imputed, IEnumerable<int> stillMissing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(imputed);
        ArgumentNullException.ThrowIfNull(stillMissing);
        return new ImputationOutcome(method, [.. imputed.OrderBy(v => v.UnitIndex)], [.. stillMissing.Order()]);
    }

    /// <inheritdoc />
    public bool Equals(ImputationOutcome? other) =>
        other is not null
        && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && Imputed.SequenceEqual(other.Imputed)
        && StillMissing.SequenceEqual(other.StillMissing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Imputed.Length, StillMissing.Length);

    /// <summary>Summarises the outcome.</summary>
    public override string ToString() => $"{Method}: {Imputed.Length} imputed, {StillMissing.Length} still missing";
}
