namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// Thrown by the one-line entry points (<c>ShouldSatisfyAllLaws</c>) when a rule breaks a law.
/// Its message is the full readable <see cref="LawReport"/>, so any test framework shows the shrunk
/// counterexample and the replay seed; <see cref="Report"/> gives the structured form.
/// </summary>
public sealed class LawViolationException : Exception
{
    /// <summary>Creates the exception from a report with at least one failure.</summary>
    /// <param name="report">The report.</param>
    public LawViolationException(LawReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString())
    {
        Report = report;
    }

    /// <summary>The structured report: every law's outcome, counterexamples and replay seeds.</summary>
    public LawReport Report { get; }
}
