using System.Globalization;

namespace CountyInnovation.Sdk.Targets;

/// <summary>One named threshold of an assessment method, reported with every result.</summary>
public readonly struct Threshold : IEquatable<Threshold>
{
    private Threshold(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>What the threshold separates (for example <c>on-track</c>: the lowest ratio that is on track).</summary>
    public string Name => field ?? string.Empty;

    /// <summary>The threshold value.</summary>
    public double Value { get; }

    /// <summary>Creates a threshold.</summary>
    /// <param name="name">A non-empty name.</param>
    /// <param name="value">A finite value.</param>
    public static Threshold Of(string name, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A threshold must be finite.");
        }

        return new Threshold(name, value);
    }

    /// <inheritdoc />
    public bool Equals(Threshold other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Threshold other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Formats as <c>name ≥ value</c>.</summary>
    public override string ToString() => $"{Name} ≥ {Value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>Equality.</summary>
    public static bool operator ==(Threshold left, Threshold right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Threshold left, Threshold right) => !left.Equals(right);
}
