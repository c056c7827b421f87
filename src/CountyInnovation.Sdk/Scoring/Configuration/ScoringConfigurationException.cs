using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>A scoring configuration that cannot run, with every problem found (reported before any work starts).</summary>
public sealed class ScoringConfigurationException : Exception
{
    /// <summary>Creates the exception from at least one problem.</summary>
    /// <param name="problems">The problems; must not be empty.</param>
    public ScoringConfigurationException(IEnumerable<ScoringProblem> problems)
        : this(Freeze(problems))
    {
    }

    private ScoringConfigurationException(ImmutableArray<ScoringProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ScoringProblem> Problems { get; }

    private static ImmutableArray<ScoringProblem> Freeze(IEnumerable<ScoringProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var frozen = problems.ToImmutableArray();
        if (frozen.IsEmpty)
        {
            throw new ArgumentException("A configuration error needs at least one problem.", nameof(problems));
        }

        return frozen;
    }
}
