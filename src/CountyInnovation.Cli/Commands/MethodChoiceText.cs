using System.Globalization;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// Reads method choices written the way the command line prints them: <c>NAME</c> or
/// <c>NAME(key=value, key=value)</c>, several separated by <c>;</c>, for example
/// <c>min-max(lower=1, upper=100);z-score(mean=10, sd=2)</c>. A value that reads as an invariant
/// number is a numeric parameter, any other a text parameter.
/// </summary>
internal static class MethodChoiceText
{
    /// <summary>Reads a <c>;</c>-separated list of choices.</summary>
    /// <exception cref="ArgumentException">A choice is malformed; the message quotes it.</exception>
    public static IReadOnlyList<MethodChoice> ParseList(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    /// <summary>Reads one choice.</summary>
    /// <exception cref="ArgumentException">The choice is malformed; the message quotes it.</exception>
    public static MethodChoice Parse(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return MethodChoice.Of(text.Trim());
        }

        if (!text.EndsWith(')'))
        {
            throw new ArgumentException($"'{text}' is not a method choice: expected NAME or NAME(key=value, …) with a closing ')'.");
        }

        var numbers = new List<KeyValuePair<string, double>>();
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var pair in text[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"'{pair}' in '{text}' is not a parameter: expected key=value.");
            }

            var key = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(KeyValuePair.Create(key, number));
            }
            else
            {
                texts.Add(KeyValuePair.Create(key, value));
            }
        }

        return MethodChoice.Of(text[..open].Trim(), numbers, texts);
    }
}
