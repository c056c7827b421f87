using System.Collections.Immutable;
using System.Text;
using CountyInnovation.Sdk.Testing.Formatting;
using FsCheck;
using Microsoft.FSharp.Core;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// Checks laws against a rule with FsCheck and returns a structured <see cref="LawReport"/>. It
/// depends on no test framework: call it from xunit, NUnit, MSTest or a console, and either assert
/// on the report or call <see cref="LawReport.ThrowIfAnyFailed"/>.
/// </summary>
public static class LawRunner
{
    /// <summary>Checks every law that applies to <paramref name="subject"/>; laws that do not apply are reported as such.</summary>
    /// <typeparam name="TSubject">The kind of rule.</typeparam>
    /// <param name="subject">The rule.</param>
    /// <param name="subjectName">The rule's name, shown in the report.</param>
    /// <param name="laws">The laws, checked in this order.</param>
    /// <param name="options">Seed, cases per law and sizes; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawReport Check<TSubject>(TSubject subject, string subjectName, IEnumerable<Law<TSubject>> laws, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(laws);
        options ??= LawCheckOptions.Default;
        var outcomes = laws.Select(law => CheckOne(subject, law, options)).ToList();
        return LawReport.Create(subjectName, options, outcomes);
    }

    /// <summary>Checks one law against <paramref name="subject"/>.</summary>
    /// <typeparam name="TSubject">The kind of rule.</typeparam>
    /// <param name="subject">The rule.</param>
    /// <param name="law">The law.</param>
    /// <param name="options">Seed, cases and sizes; <see cref="LawCheckOptions.Default"/> when null.</param>
    public static LawOutcome CheckOne<TSubject>(TSubject subject, Law<TSubject> law, LawCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(law);
        options ??= LawCheckOptions.Default;
        if (!law.AppliesTo(subject))
        {
            return LawOutcome.NotApplicable(law.Name, law.Rationale, law.Condition);
        }

        var runner = new CapturingRunner();
        var config = Config.Quick
            .WithName(law.Name)
            .WithRunner(runner)
            .WithQuietOnSuccess(true)
            .WithMaxTest(options.Replay is null ? options.MaxTests : 1)
            .WithStartSize(options.StartSize)
            .WithEndSize(options.EndSize)
            .WithReplay(FSharpOption<Replay>.Some(ReplayFor(law.Name, options)));
        FsCheck.Check.One(config, law.ToProperty(subject));
        return runner.Result switch
        {
            TestResult.Failed failed => Failure(law, failed),
            TestResult.Exhausted exhausted => LawOutcome.Exhausted(law.Name, law.Rationale, law.Condition, exhausted.Item.NumberOfTests),
            TestResult.Passed passed => LawOutcome.Passed(law.Name, law.Rationale, law.Condition, passed.Item1.NumberOfTests),
            _ => throw new InvalidOperationException($"FsCheck finished law '{law.Name}' without a result."),
        };
    }

    private static Replay ReplayFor(string lawName, LawCheckOptions options)
    {
        if (options.Replay is { } replay)
        {
            return new Replay(new Rnd(replay.Seed, replay.Gamma), FSharpOption<int>.Some(replay.Size));
        }

        // Each law gets its own stream, derived from the run seed and its name only.
        var hash = Fnv1a(lawName);
        var gamma = (Mix(hash ^ 0x9E3779B97F4A7C15UL) | 1UL);
        return new Replay(new Rnd(options.Seed ^ hash, gamma), FSharpOption<int>.None);
    }

    private static LawOutcome Failure<TSubject>(Law<TSubject> law, TestResult.Failed failed)
    {
        var shrunk = failed.Item3.ToImmutableArray();
        return LawOutcome.Failed(
            law.Name,
            law.Rationale,
            law.Condition,
            failed.Item1.NumberOfTests,
            failed.Item1.NumberOfShrinks,
            shrunk,
            Describe(shrunk),
            Describe(failed.Item2),
            Observation(failed.Item1.Labels, failed.Item4),
            ReplaySeed.Create(failed.Item6.Seed, failed.Item6.Gamma, failed.Item7));
    }

    private static string Describe(IEnumerable<object> arguments) => string.Join(" ; ", arguments.Select(CaseText.Of));

    private static string Observation(IEnumerable<string> labels, Outcome outcome)
    {
        var observed = string.Join("; ", labels);
        if (outcome is Outcome.Failed { Item: { } exception } && exception.Message != "Expected true, got false.")
        {
            var thrown = $"the rule threw {exception.GetType().Name}: {exception.Message}";
            return observed.Length == 0 ? thrown : $"{observed}; {thrown}";
        }

        return observed.Length == 0 ? "the property returned false" : observed;
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001b3UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
