using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Evaluation;

/// <summary>
/// One step's method, chosen by its registered name (for example <c>min-max</c>, <c>entropy</c>,
/// <c>geometric</c>), with its numeric parameters (for example <c>lower = 0</c>, <c>upper = 100</c>).
/// Parameters are numbers or, for options such as <c>zero-range = midpoint</c>, texts. Names are
/// case-insensitive and stored in lower case; parameters are sorted by name so that two equal
/// choices format, hash and compare equal.
/// </summary>
public sealed class MethodChoice : IEquatable<MethodChoice>
{
    private MethodChoice(string name, ImmutableSortedDictionary<string, double> parameters, ImmutableSortedDictionary<string, string> textParameters)
    {
        Name = name;
        Parameters = parameters;
        TextParameters = textParameters;
    }

    /// <summary>The method's registered name, lower case.</summary>
    public string Name { get; }

    /// <summary>The method's numeric parameters by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, double> Parameters { get; }

    /// <summary>The method's text parameters by name (ordinal order), for example <c>zero-range = midpoint</c>.</summary>
    public ImmutableSortedDictionary<string, string> TextParameters { get; }

    /// <summary>Creates a choice.</summary>
    /// <param name="name">The registered name; letters, digits and '-' only.</param>
    /// <param name="parameters">Numeric parameters by name; every value finite. May be omitted.</param>
    /// <param name="textParameters">Text parameters by name. May be omitted.</param>
    /// <exception cref="ArgumentException">The name is empty or malformed, a parameter is not finite, or a name is given twice.</exception>
    public static MethodChoice Of(string name, IEnumerable<KeyValuePair<string, double>>? parameters = null, IEnumerable<KeyValuePair<string, string>>? textParameters = null)
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

        var texts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in textParameters ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(textParameters));
            ArgumentNullException.ThrowIfNull(value, nameof(textParameters));
            if (builder.ContainsKey(key) || !texts.TryAdd(key, value))
            {
                throw new ArgumentException($"Parameter '{key}' of method '{name}' is given twice.", nameof(textParameters));
            }
        }

        return new MethodChoice(name.ToLowerInvariant(), builder.ToImmutable(), texts.ToImmutable());
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
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v.Equals(p.Value))
        && TextParameters.Count == other.TextParameters.Count
        && TextParameters.All(p => other.TextParameters.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

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

        foreach (var (key, value) in TextParameters)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>name</c> or <c>name(p1=v1, p2=v2)</c> (parameters in name order).</summary>
    public override string ToString()
    {
        if (Parameters.IsEmpty && TextParameters.IsEmpty)
        {
            return Name;
        }

        var all = Parameters.Select(p => $"{p.Key}={p.Value.ToString("R", CultureInfo.InvariantCulture)}")
            .Concat(TextParameters.Select(p => $"{p.Key}={p.Value}"))
            .Order(StringComparer.Ordinal);
        return new StringBuilder(Name).Append('(').AppendJoin(", ", all).Append(')').ToString();
    }
}
