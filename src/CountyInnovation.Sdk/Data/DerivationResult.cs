using System.Collections.Immutable;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// The outcome of <see cref="DerivedIndicators.Derive"/>: the panel with every framework indicator,
/// which indicators were computed, and a note for every value that could not be computed
/// (input missing, division by zero, no previous year for a growth rate).
/// </summary>
public sealed class DerivationResult : IEquatable<DerivationResult>
{
    internal DerivationResult(Panel panel, ImmutableArray<IndicatorCode> derived, ImmutableArray<DataProblem> notes)
    {
        Panel = panel;
        Derived = derived;
        Notes = notes;
    }

    /// <summary>The panel with the derived columns added (values that could not be computed are missing and listed in <see cref="Panel.MissingCells"/>).</summary>
    public Panel Panel { get; }

    /// <summary>The indicators computed from their formulas, in the order they were computed.</summary>
    public ImmutableArray<IndicatorCode> Derived { get; }

    /// <summary>Why each missing derived value is missing, naming county and indicator.</summary>
    public ImmutableArray<DataProblem> Notes { get; }

    /// <inheritdoc />
    public bool Equals(DerivationResult? other) =>
        other is not null && Panel.Equals(other.Panel) && Derived.SequenceEqual(other.Derived) && Notes.SequenceEqual(other.Notes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DerivationResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Panel, Derived.Length, Notes.Length);

    /// <summary>A summary.</summary>
    public override string ToString() => $"{Derived.Length} derived indicators, {Notes.Length} values not computable";
}
