using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Diagnostics;

/// <summary>
/// Thrown when an input (a data file, a framework, a method configuration, an observation file)
/// is invalid. It carries every problem found, each with its place: readers check the whole input
/// and load nothing when anything is wrong.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception from at least one problem.</summary>
    /// <param name="problems">The problems found, in input order; must not be empty.</param>
    public InvalidInputException(IEnumerable<DataProblem> problems)
        : this(Freeze(problems))
    {
    }

    private InvalidInputException(ImmutableArray<DataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in input order.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>The first problem (there is always at least one).</summary>
    public DataProblem First => Problems[0];

    private static ImmutableArray<DataProblem> Freeze(IEnumerable<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var frozen = problems.ToImmutableArray();
        if (frozen.IsEmpty)
        {
            throw new ArgumentException("An invalid-input error needs at least one problem.", nameof(problems));
        }

        return frozen;
    }

    private static string Describe(ImmutableArray<DataProblem> problems)
    {
        const int shown = 20;
        var lines = problems.Take(shown).Select(p => p.ToString());
        var more = problems.Length > shown ? $"{Environment.NewLine}… and {problems.Length - shown} more problem(s)." : string.Empty;
        var head = problems.Length == 1 ? "1 problem in the input:" : $"{problems.Length} problems in the input:";
        return head + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}
