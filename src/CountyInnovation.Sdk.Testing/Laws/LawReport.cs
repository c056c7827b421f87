using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The verdicts of a set of laws on one rule. <see cref="ToString"/> is the readable report a test
/// failure shows: failures first, each with its shrunk counterexample, observation and replay seed.
/// </summary>
public sealed class LawReport : IEquatable<LawReport>
{
    private LawReport(string subjectName, LawCheckOptions options, ImmutableArray<LawOutcome> outcomes)
    {
        SubjectName = subjectName;
        Options = options;
        Outcomes = outcomes;
    }

    /// <summary>The name of the rule that was checked.</summary>
    public string SubjectName { get; }

    /// <summary>The options the laws were checked with (seed, cases per law).</summary>
    public LawCheckOptions Options { get; }

    /// <summary>One outcome per law, in the order the laws were given.</summary>
    public ImmutableArray<LawOutcome> Outcomes { get; }

    /// <summary>The outcomes that failed or were exhausted.</summary>
    public ImmutableArray<LawOutcome> Failures => [.. Outcomes.Where(o => o.IsFailure)];

    /// <summary>True when no applicable law failed.</summary>
    public bool AllLawsHold => !Outcomes.Any(o => o.IsFailure);

    /// <summary>The outcome of the named law.</summary>
    /// <param name="lawName">A law name, e.g. <c>monotone-in-direction</c>.</param>
    /// <exception cref="KeyNotFoundException">No law of that name was checked.</exception>
    public LawOutcome this[string lawName] =>
        Outcomes.FirstOrDefault(o => o.LawName == lawName)
        ?? throw new KeyNotFoundException($"No law named '{lawName}' was checked on '{SubjectName}'. Checked: {string.Join(", ", Outcomes.Select(o => o.LawName))}.");

    /// <summary>Creates a report.</summary>
    /// <param name="subjectName">The rule's name.</param>
    /// <param name="options">The options used.</param>
    /// <param name="outcomes">One outcome per law.</param>
    public static LawReport Create(string subjectName, LawCheckOptions options, IEnumerable<LawOutcome> outcomes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcomes);
        return new LawReport(subjectName, options, [.. outcomes]);
    }

    /// <summary>Throws a <see cref="LawViolationException"/> carrying this report when any applicable law failed.</summary>
    /// <returns>This report, when every applicable law holds.</returns>
    /// <exception cref="LawViolationException">At least one law failed or was exhausted.</exception>
    public LawReport ThrowIfAnyFailed() => AllLawsHold ? this : throw new LawViolationException(this);

    /// <inheritdoc/>
    public bool Equals(LawReport? other) =>
        other is not null && SubjectName == other.SubjectName && Options.Equals(other.Options)
        && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LawReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectName, Options, Outcomes.Length);

    /// <summary>The readable report: a summary line, then failures, passes and laws that do not apply.</summary>
    public override string ToString()
    {
        var applicable = Outcomes.Count(o => o.Status != LawStatus.NotApplicable);
        var failures = Failures;
        var text = new StringBuilder();
        text.Append(failures.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"'{SubjectName}' satisfies all {applicable} applicable law(s)")
            : string.Create(CultureInfo.InvariantCulture, $"'{SubjectName}' violates {failures.Length} of {applicable} applicable law(s)"));
        text.Append(CultureInfo.InvariantCulture, $" ({Options}).").AppendLine();
        foreach (var outcome in Outcomes.OrderBy(o => o.IsFailure ? 0 : o.Status == LawStatus.Passed ? 1 : 2))
        {
            text.AppendLine(outcome.ToString());
        }

        return text.ToString().TrimEnd();
    }
}
