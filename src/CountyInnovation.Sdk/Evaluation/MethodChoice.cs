using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One step's method, chosen by its registered name (for example <c>min-max</c>, <c>entropy</c>,
/// <c>geometric</c>), with its numeric parameters (for example <c>lower = 0</c>, <c>upper = 100</c>).
/// Names are case-insensitive and stored in lower case; parameters are sorted by name so that two
/// equal choices format, hash and compare equal.
/// </summary>
public sealed class MethodChoice : IEquatable<MethodChoice>
{
    private MethodChoice(string name, ImmutableSortedDictionary<string, double> parameters)
    {
        Name = name;
        Parameters = parameters;
    }

    /// <summary>The method's registered name, lower case.</summary>
    public string Name { get; }

    /// <summary>The method's parameters by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, double> Parameters { get; }

    /// <summary>Creates a choice.</summary>
    /// <param name="name">The registered name; letters, digits and '-' only.</param>
    /// <param name="parameters">Parameters by name; every value finite. May be omitted.</param>
    /// <exception cref="ArgumentException">The name is empty or malformed, or a parameter is not finite.</exception>
    public static MethodChoice Of(string name, IEnumerable<KeyValuePair<string, double>>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var ch in name)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            {
                throw new ArgumentException($"A method name has letters, digits and '-' only, not '{name}'.", nameof(name));
            }
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(parameters));
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"Parameter '{key}' of method '{name}' must be a finite number.", nameof(parameters));
            }

            if (!builder.TryAdd(key, value))
            {
                throw new ArgumentException($"Parameter '{key}' of method '{name}' is given twice.", nameof(parameters));
            }
        }

        return new MethodChoice(name.ToLowerInvariant(), builder.ToImmutable());
    }

    /// <summary>Creates a choice from name/value pairs, for example <c>Of("min-max", ("lower", 0), ("upper", 100))</c>.</summary>
    /// <param name="name">The registered name.</param>
    /// <param name="parameters">The parameters.</param>
    public static MethodChoice Of(string name, params (string Name, double Value)[] parameters) =>
        Of(name, parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));

    /// <summary>A parameter's value, or <paramref name="fallback"/> when it is not given.</summary>
    /// <param name="parameter">The parameter name.</param>
    /// <param name="fallback">The value to use when the parameter is absent.</param>
    public double Get(string parameter, double fallback) =>
        Parameters.TryGetValue(parameter, out var value) ? value : fallback;

    /// <inheritdoc />
    public bool Equals(MethodChoice? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v.Equals(p.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MethodChoice);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var (key, value) in Parameters)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>name</c> or <c>name(p1=v1, p2=v2)</c>.</summary>
    public override string ToString()
    {
        if (Parameters.IsEmpty)
        {
            return Name;
        }

        var text = new StringBuilder(Name).Append('(');
        var first = true;
        foreach (var (key, value) in Parameters)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(key).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture));
        }

        return text.Append(')').ToString();
    }
}
