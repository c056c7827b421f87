using System.Globalization;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>How many counties are in each class, and how many have no score (and so no class).</summary>
public readonly struct ClassCounts : IEquatable<ClassCounts>
{
    private ClassCounts(int a, int b, int c, int unscored)
    {
        A = a;
        B = b;
        C = c;
        Unscored = unscored;
    }

    /// <summary>Counties in class A.</summary>
    public int A { get; }

    /// <summary>Counties in class B.</summary>
    public int B { get; }

    /// <summary>Counties in class C.</summary>
    public int C { get; }

    /// <summary>Counties without a score (screened out or missing data), so without a class.</summary>
    public int Unscored { get; }

    /// <summary>All counties counted: <see cref="A"/> + <see cref="B"/> + <see cref="C"/> + <see cref="Unscored"/>.</summary>
    public int Total => A + B + C + Unscored;

    /// <summary>Creates counts.</summary>
    /// <param name="a">Class A count, ≥ 0.</param>
    /// <param name="b">Class B count, ≥ 0.</param>
    /// <param name="c">Class C count, ≥ 0.</param>
    /// <param name="unscored">Counties without a score, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static ClassCounts Of(int a, int b, int c, int unscored = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfNegative(unscored);
        return new ClassCounts(a, b, c, unscored);
    }

    /// <summary>Counts the classes of a sequence of (possibly missing) classes.</summary>
    /// <param name="classes">One entry per county; <see langword="null"/> for an unscored county.</param>
    public static ClassCounts Count(IEnumerable<CountyClass?> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        int a = 0, b = 0, c = 0, none = 0;
        foreach (var cls in classes)
        {
            switch (cls)
            {
                case CountyClass.A: a++; break;
                case CountyClass.B: b++; break;
                case CountyClass.C: c++; break;
                default: none++; break;
            }
        }

        return new ClassCounts(a, b, c, none);
    }

    /// <summary>The count of one class.</summary>
    /// <param name="countyClass">The class.</param>
    public int Of(CountyClass countyClass) => countyClass switch
    {
        CountyClass.A => A,
        CountyClass.B => B,
        CountyClass.C => C,
        _ => throw new ArgumentOutOfRangeException(nameof(countyClass), countyClass, "Unknown class."),
    };

    /// <inheritdoc />
    public bool Equals(ClassCounts other) => A == other.A && B == other.B && C == other.C && Unscored == other.Unscored;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(A, B, C, Unscored);

    /// <summary>Formats as <c>A 6 / B 31 / C 131</c> (plus the unscored count when there are any).</summary>
    public override string ToString() => Unscored == 0
        ? string.Create(CultureInfo.InvariantCulture, $"A {A} / B {B} / C {C}")
        : string.Create(CultureInfo.InvariantCulture, $"A {A} / B {B} / C {C} / unscored {Unscored}");

    /// <summary>Equality.</summary>
    public static bool operator ==(ClassCounts left, ClassCounts right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ClassCounts left, ClassCounts right) => !left.Equals(right);
}
