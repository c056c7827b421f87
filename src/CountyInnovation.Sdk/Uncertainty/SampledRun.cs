using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>One Monte Carlo run: what each assumption was set to, and why it failed if it did.</summary>
public sealed class SampledRun : IEquatable<SampledRun>
{
    private SampledRun(int index, ImmutableArray<string> parameters, string? failure)
    {
        Index = index;
        Parameters = parameters;
        Failure = failure;
    }

    /// <summary>The run's index, from 0.</summary>
    public int Index { get; }

    /// <summary>Per assumption, in specification order, the value the run used (for example <c>z-score</c>).</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>Why the run could not be evaluated (it then counts in no statistic), or null.</summary>
    public string? Failure { get; }

    /// <summary>Whether the run failed.</summary>
    public bool Failed => Failure is not null;

    /// <summary>Creates a run record.</summary>
    /// <param name="index">Run index, not negative.</param>
    /// <param name="parameters">One description per assumption.</param>
    /// <param name="failure">The failure, or null.</param>
    public static SampledRun Of(int index, IEnumerable<string> parameters, string? failure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentNullException.ThrowIfNull(parameters);
        return new SampledRun(index, [.. parameters], failure);
    }

    /// <inheritdoc />
    public bool Equals(SampledRun? other) =>
        other is not null && Index == other.Index && Parameters.SequenceEqual(other.Parameters) && Failure == other.Failure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SampledRun);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Parameters.Length, Failure);

    /// <summary>Formats as <c>run 12: min-max; geometric; … (failed: …)</c>.</summary>
    public override string ToString() =>
        $"run {Index}: {string.Join("; ", Parameters)}" + (Failure is null ? string.Empty : $" (failed: {Failure})");
}
