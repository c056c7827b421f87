// Kept free of any dependency beyond the BCL and of APIs newer than netstandard2.0 so that the
// analyzers can link this file as source and suggest the same names as the CLI does.
#nullable enable

namespace CountyInnovation.Sdk;

/// <summary>
/// Suggests the known names closest to a name that was not found ("did you mean …?"), by edit
/// distance over characters, so it works for Chinese names (<c>省科技局</c> → <c>省科技厅</c>) as well as
/// English ones.
/// </summary>
public static class ClosestNames
{
    /// <summary>
    /// The candidates closest to <paramref name="name"/>, best first (ties in candidate order), at most
    /// <paramref name="maximum"/> of them. A candidate qualifies when its edit distance is at most half
    /// the longer name's length, or when one name contains the other.
    /// </summary>
    /// <param name="name">The name that was not found.</param>
    /// <param name="candidates">The known names.</param>
    /// <param name="maximum">How many suggestions at most; 3 by default.</param>
    /// <returns>The suggestions, possibly none.</returns>
    public static System.Collections.Generic.IReadOnlyList<string> Find(string name, System.Collections.Generic.IEnumerable<string> candidates, int maximum = 3)
    {
        if (name is null)
        {
            throw new System.ArgumentNullException(nameof(name));
        }

        if (candidates is null)
        {
            throw new System.ArgumentNullException(nameof(candidates));
        }

        if (maximum < 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(maximum), maximum, "Ask for at least one suggestion.");
        }

        var query = name.Trim();
        var scored = new System.Collections.Generic.List<(string Candidate, int Score, int Order)>();
        var order = 0;
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate is null || !seen.Add(candidate))
            {
                continue;
            }

            var distance = Distance(query.ToUpperInvariant(), candidate.ToUpperInvariant());
            var contains = query.Length > 0
                && (candidate.IndexOf(query, System.StringComparison.OrdinalIgnoreCase) >= 0
                    || query.IndexOf(candidate, System.StringComparison.OrdinalIgnoreCase) >= 0);
            var longer = System.Math.Max(query.Length, candidate.Length);
            if (contains || distance * 2 <= longer)
            {
                // Containment ranks with a small distance: 科技 should find 省科技厅 before 省商务厅.
                scored.Add((candidate, contains ? System.Math.Min(distance, 1) : distance, order));
            }

            order++;
        }

        scored.Sort((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : a.Order.CompareTo(b.Order));
        var result = new System.Collections.Generic.List<string>(System.Math.Min(maximum, scored.Count));
        for (var i = 0; i < scored.Count && i < maximum; i++)
        {
            result.Add(scored[i].Candidate);
        }

        return result.AsReadOnly();
    }

    /// <summary>The Levenshtein distance between two strings (insertions, deletions, substitutions of one UTF-16 unit each).</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other string.</param>
    /// <returns>The number of edits that turn <paramref name="a"/> into <paramref name="b"/>.</returns>
    public static int Distance(string a, string b)
    {
        if (a is null)
        {
            throw new System.ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new System.ArgumentNullException(nameof(b));
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = System.Math.Min(System.Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
