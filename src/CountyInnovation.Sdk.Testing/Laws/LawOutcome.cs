using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// The verdict of one law on one rule: passed, failed (with the shrunk counterexample, the
/// original one, what was observed and a seed replaying it), exhausted or not applicable.
/// </summary>
public sealed class LawOutcome : IEquatable<LawOutcome>
{
    private LawOutcome(
        string lawName,
        string rationale,
        string condition,
        LawStatus status,
        int testsRun,
        int shrinks,
        ImmutableArray<object> counterexampleArguments,
        string? counterexample,
        string? originalCounterexample,
        string? violation,
        ReplaySeed? replay)
    {
        LawName = lawName;
        Rationale = rationale;
        Condition = condition;
        Status = status;
        TestsRun = testsRun;
        Shrinks = shrinks;
        CounterexampleArguments = counterexampleArguments;
        Counterexample = counterexample;
        OriginalCounterexample = originalCounterexample;
        Violation = violation;
        Replay = replay;
    }

    /// <summary>The law's name.</summary>
    public string LawName { get; }

    /// <summary>Why the law matters for a published ranking.</summary>
    public string Rationale { get; }

    /// <summary>When the law applies.</summary>
    public string Condition { get; }

    /// <summary>Passed, failed, exhausted or not applicable.</summary>
    public LawStatus Status { get; }

    /// <summary>True when the law failed or could not be exercised (exhausted).</summary>
    public bool IsFailure => Status is LawStatus.Failed or LawStatus.Exhausted;

    /// <summary>How many cases ran (0 when not applicable).</summary>
    public int TestsRun { get; }

    /// <summary>How many successful shrinking steps led from the original to the reported counterexample.</summary>
    public int Shrinks { get; }

    /// <summary>The shrunk counterexample as the generated objects (empty unless failed), for assertions on its shape.</summary>
    public ImmutableArray<object> CounterexampleArguments { get; }

    /// <summary>The shrunk (smallest found) counterexample as text, or <see langword="null"/> unless failed.</summary>
    public string? Counterexample { get; }

    /// <summary>The counterexample as first generated, before shrinking, or <see langword="null"/> unless failed.</summary>
    public string? OriginalCounterexample { get; }

    /// <summary>What was observed on the counterexample (or the exception the rule threw), or the reason it was not applicable.</summary>
    public string? Violation { get; }

    /// <summary>Reproduces the failing case in one test via <see cref="LawCheckOptions.WithReplay(ReplaySeed)"/>.</summary>
    public ReplaySeed? Replay { get; }

    internal static LawOutcome NotApplicable(string name, string rationale, string condition) =>
        new(name, rationale, condition, LawStatus.NotApplicable, 0, 0, [], null, null, $"does not apply: applies only when {condition}", null);

    internal static LawOutcome Passed(string name, string rationale, string condition, int tests) =>
        new(name, rationale, condition, LawStatus.Passed, tests, 0, [], null, null, null, null);

    internal static LawOutcome Exhausted(string name, string rationale, string condition, int tests) =>
        new(name, rationale, condition, LawStatus.Exhausted, tests, 0, [], null, null,
            "too many generated cases were refused by the rule (typed input errors) to test the law", null);

    internal static LawOutcome Failed(
        string name,
        string rationale,
        string condition,
        int tests,
        int shrinks,
        ImmutableArray<object> shrunk,
        string counterexample,
        string original,
        string violation,
        ReplaySeed replay) =>
        new(name, rationale, condition, LawStatus.Failed, tests, shrinks, shrunk, counterexample, original, violation, replay);

    /// <inheritdoc/>
    public bool Equals(LawOutcome? other) =>
        other is not null && LawName == other.LawName && Condition == other.Condition && Status == other.Status
        && TestsRun == other.TestsRun && Shrinks == other.Shrinks && Counterexample == other.Counterexample
        && OriginalCounterexample == other.OriginalCounterexample && Violation == other.Violation && Replay == other.Replay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LawOutcome);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(LawName, Status, TestsRun, Counterexample, Replay);

    /// <summary>A readable, multi-line account of the verdict.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        switch (Status)
        {
            case LawStatus.Passed:
                text.Append(CultureInfo.InvariantCulture, $"[pass] {LawName} ({TestsRun} cases)");
                break;
            case LawStatus.NotApplicable:
                text.Append(CultureInfo.InvariantCulture, $"[n/a]  {LawName}: {Violation}");
                break;
            case LawStatus.Exhausted:
                text.Append(CultureInfo.InvariantCulture, $"[FAIL] {LawName}: {Violation} (after {TestsRun} cases)");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"[FAIL] {LawName}: falsified after {TestsRun} case(s), {Shrinks} shrink(s)").AppendLine()
                    .Append("       counterexample (shrunk): ").AppendLine(Counterexample)
                    .Append("       observed: ").AppendLine(Violation)
                    .Append("       original: ").AppendLine(OriginalCounterexample)
                    .Append("       replay:   LawCheckOptions.Default.WithReplay(\"").Append(Replay.ToString()).AppendLine("\")")
                    .Append("       why it matters: ").Append(Rationale);
                break;
        }

        return text.ToString();
    }
}
