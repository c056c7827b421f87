namespace CountyInnovation.Sdk.Evaluation;

/// <summary>How many counties moved from one class to another between two evaluations (for example 17 C→B).</summary>
public readonly struct ClassTransition : IEquatable<ClassTransition>
{
    private ClassTransition(CountyClass from, CountyClass to, int count)
    {
        From = from;
        To = to;
        Count = count;
    }

    /// <summary>The class in the earlier evaluation.</summary>
    public CountyClass From { get; }

    /// <summary>The class in the later evaluation.</summary>
    public CountyClass To { get; }

    /// <summary>The number of counties.</summary>
    public int Count { get; }

    /// <summary>Which way the class moved.</summary>
    public ClassChange Change => To > From ? ClassChange.Up : To < From ? ClassChange.Down : ClassChange.Same;

    /// <summary>Creates a transition count.</summary>
    /// <param name="from">The earlier class.</param>
    /// <param name="to">The later class.</param>
    /// <param name="count">The number of counties, ≥ 0.</param>
    public static ClassTransition Of(CountyClass from, CountyClass to, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new ClassTransition(from, to, count);
    }

    /// <inheritdoc />
    public bool Equals(ClassTransition other) => From == other.From && To == other.To && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassTransition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Count);

    /// <summary>Formats as <c>C→B: 17</c>.</summary>
    public override string ToString() => $"{From}→{To}: {Count}";

    /// <summary>Equality.</summary>
    public static bool operator ==(ClassTransition left, ClassTransition right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ClassTransition left, ClassTransition right) => !left.Equals(right);
}
