using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// The score thresholds that sort counties into classes A, B and C on the 100-point scale.
/// Lower bounds are inclusive: score ≥ <see cref="A"/> is class A, <see cref="B"/> ≤ score &lt;
/// <see cref="A"/> is class B, anything lower is class C. The published rule is "A ≥ 80, B 60–80,
/// C &lt; 60"; that 80 and 60 belong to the upper class is an inference (Chinese "80分以上" usually
/// includes 80), so the thresholds are configurable. A score less than <see cref="Tolerance"/> below
/// a threshold counts as reaching it: a weighted mean that is exactly 80 on paper can come out as
/// 79.99999999999999 in floating point, and must not lose its class to rounding noise.
/// </summary>
public readonly struct ClassThresholds : IEquatable<ClassThresholds>
{
    private ClassThresholds(double a, double b)
    {
        A = a;
        B = b;
    }

    /// <summary>How far (in points) below a threshold a score may fall and still reach it: 1e-9, far below any published precision.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The published thresholds: A from 80, B from 60.</summary>
    public static ClassThresholds Default => new(80, 60);

    /// <summary>The lowest score of class A (inclusive).</summary>
    public double A { get; }

    /// <summary>The lowest score of class B (inclusive).</summary>
    public double B { get; }

    /// <summary>Creates thresholds.</summary>
    /// <param name="a">The lowest score of class A; finite and greater than <paramref name="b"/>.</param>
    /// <param name="b">The lowest score of class B; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not finite or <paramref name="a"/> ≤ <paramref name="b"/>.</exception>
    public static ClassThresholds Of(double a, double b)
    {
        if (!double.IsFinite(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The class A threshold must be a finite number.");
        }

        if (!double.IsFinite(b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "The class B threshold must be a finite number.");
        }

        if (a <= b)
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, $"The class A threshold must be above the class B threshold ({b.ToString("R", CultureInfo.InvariantCulture)}).");
        }

        return new ClassThresholds(a, b);
    }

    /// <summary>The class of an (unrounded) score.</summary>
    /// <param name="score">The score; must not be NaN (a missing score has no class).</param>
    /// <exception cref="ArgumentException"><paramref name="score"/> is NaN.</exception>
    public CountyClass Classify(double score)
    {
        if (double.IsNaN(score))
        {
            throw new ArgumentException("A missing (NaN) score has no class.", nameof(score));
        }

        return score >= A - Tolerance ? CountyClass.A : score >= B - Tolerance ? CountyClass.B : CountyClass.C;
    }

    /// <summary>The class of a score, or <see langword="null"/> for a missing score.</summary>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    public CountyClass? Classify(double? score) => score is { } s && !double.IsNaN(s) ? Classify(s) : null;

    /// <inheritdoc />
    public bool Equals(ClassThresholds other) => A.Equals(other.A) && B.Equals(other.B);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassThresholds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(A, B);

    /// <summary>Formats as <c>A≥80;B≥60</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"A≥{A:R};B≥{B:R}");

    /// <summary>Equality.</summary>
    public static bool operator ==(ClassThresholds left, ClassThresholds right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ClassThresholds left, ClassThresholds right) => !left.Equals(right);
}
