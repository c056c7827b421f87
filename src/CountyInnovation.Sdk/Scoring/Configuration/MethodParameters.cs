using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>
/// The named parameters of one method as a method file gives them (for example
/// <c>{"lower": 0, "upper": 100}</c> for min-max): numbers, texts or lists of numbers. Names are
/// case-sensitive, kebab-case by convention. Factories read them with the <c>Get…</c> methods and
/// reject unknown names with <see cref="EnsureOnly"/>.
/// </summary>
public sealed class MethodParameters : IEquatable<MethodParameters>
{
    private readonly ImmutableSortedDictionary<string, object> values;

    private MethodParameters(ImmutableSortedDictionary<string, object> values) => this.values = values;

    /// <summary>No parameters.</summary>
    public static MethodParameters Empty { get; } = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    /// <summary>The parameter names, in ordinal order.</summary>
    public IEnumerable<string> Names => values.Keys;

    /// <summary>A copy with a number parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">A finite number.</param>
    [Pure]
    public MethodParameters With(string name, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Parameter '{name}' must be a finite number.", nameof(value));
        }

        return new(values.SetItem(name, value));
    }

    /// <summary>A copy with a text parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The text.</param>
    [Pure]
    public MethodParameters With(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        return new(values.SetItem(name, value));
    }

    /// <summary>A copy with a list-of-numbers parameter (for example fixed weights).</summary>
    /// <param name="name">The name.</param>
    /// <param name="numbers">Finite numbers.</param>
    [Pure]
    public MethodParameters With(string name, IEnumerable<double> numbers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(numbers);
        var list = numbers.ToImmutableArray();
        if (list.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"Parameter '{name}' must contain finite numbers only.", nameof(numbers));
        }

        return new(values.SetItem(name, list));
    }

    /// <summary>Whether a parameter is present.</summary>
    /// <param name="name">The name.</param>
    public bool Contains(string name) => values.ContainsKey(name);

    /// <summary>A number parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="method">The method reading it (for the error message).</param>
    /// <param name="name">The name.</param>
    /// <param name="fallback">The default.</param>
    /// <exception cref="ScoringConfigurationException">The parameter is present but not a number.</exception>
    public double GetNumber(string method, string name, double fallback) =>
        values.TryGetValue(name, out var v) ? v as double? ?? throw Invalid(method, name, "a number") : fallback;

    /// <summary>A required number parameter.</summary>
    /// <param name="method">The method reading it.</param>
    /// <param name="name">The name.</param>
    /// <exception cref="ScoringConfigurationException">The parameter is absent or not a number.</exception>
    public double GetRequiredNumber(string method, string name) =>
        values.TryGetValue(name, out var v) ? v as double? ?? throw Invalid(method, name, "a number") : throw Invalid(method, name, "a number (required)");

    /// <summary>A text parameter, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="method">The method reading it.</param>
    /// <param name="name">The name.</param>
    /// <param name="fallback">The default.</param>
    /// <exception cref="ScoringConfigurationException">The parameter is present but not a text.</exception>
    public string GetText(string method, string name, string fallback) =>
        values.TryGetValue(name, out var v) ? v as string ?? throw Invalid(method, name, "a text") : fallback;

    /// <summary>A required list-of-numbers parameter.</summary>
    /// <param name="method">The method reading it.</param>
    /// <param name="name">The name.</param>
    /// <exception cref="ScoringConfigurationException">The parameter is absent or not a list of numbers.</exception>
    public ImmutableArray<double> GetRequiredNumbers(string method, string name) =>
        values.TryGetValue(name, out var v) && v is ImmutableArray<double> list ? list : throw Invalid(method, name, "a list of numbers (required)");

    /// <summary>Rejects any parameter not listed in <paramref name="allowed"/>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="allowed">The names the method understands.</param>
    /// <exception cref="ScoringConfigurationException">Unknown parameters, all listed.</exception>
    public void EnsureOnly(string method, params string[] allowed)
    {
        var unknown = values.Keys.Where(k => !allowed.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            var accepted = allowed.Length == 0 ? "none" : string.Join(", ", allowed);
            throw new ScoringConfigurationException(unknown.Select(u => ScoringProblem.Of(
                ScoringProblemKind.InvalidParameter, method, $"unknown parameter '{u}'; accepted parameters: {accepted}.")));
        }
    }

    /// <inheritdoc />
    public bool Equals(MethodParameters? other) =>
        other is not null
        && values.Count == other.values.Count
        && values.All(p => other.values.TryGetValue(p.Key, out var o) && ValueEquals(p.Value, o));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MethodParameters);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var key in values.Keys)
        {
            hash.Add(key, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>{lower: 0, upper: 100}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", values.Select(p => $"{p.Key}: {Format(p.Value)}")) + "}";

    private static bool ValueEquals(object a, object b) => (a, b) switch
    {
        (double x, double y) => x.Equals(y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (ImmutableArray<double> x, ImmutableArray<double> y) => x.SequenceEqual(y),
        _ => false,
    };

    private static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        ImmutableArray<double> list => "[" + string.Join(", ", list.Select(d => d.ToString("R", CultureInfo.InvariantCulture))) + "]",
        _ => $"\"{value}\"",
    };

    private static ScoringConfigurationException Invalid(string method, string name, string expected) =>
        new([ScoringProblem.Of(ScoringProblemKind.InvalidParameter, method, $"parameter '{name}' must be {expected}.")]);
}
