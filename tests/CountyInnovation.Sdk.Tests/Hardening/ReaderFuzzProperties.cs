using CountyInnovation.Sdk.Fuzz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Hardening;

/// <summary>
/// Every public reader against mutated copies of its valid example (bit flips, truncation, bad
/// UTF-8 and surrogates, huge and non-finite numbers, deep nesting, long lines, duplicated rows and
/// keys): it only ever throws <c>InvalidInputException</c>, every problem names the input, and what
/// it accepts comes back equal through the library's writer. 500 cases per reader here; the long
/// campaign (tests/fuzz, docs/security.md) runs the same checks a million times.
/// </summary>
public class ReaderFuzzProperties
{
    private const int Cases = 500;

    [Fact]
    public void Every_seed_is_accepted_unmutated() =>
        Assert.All(FuzzTarget.All, t => Assert.Equal((FuzzOutcome.Accepted, (string?)null), t.Check(t.Seed)));

    [Property(MaxTest = Cases)]
    public Property Panel_wide(int seed) => Holds("panel-wide", seed);

    [Property(MaxTest = Cases)]
    public Property Panel_long(int seed) => Holds("panel-long", seed);

    [Property(MaxTest = Cases)]
    public Property Framework_csv(int seed) => Holds("framework-csv", seed);

    [Property(MaxTest = Cases)]
    public Property Framework_json(int seed) => Holds("framework-json", seed);

    [Property(MaxTest = Cases)]
    public Property Method_json(int seed) => Holds("method-json", seed);

    [Property(MaxTest = Cases)]
    public Property Plan_json(int seed) => Holds("plan-json", seed);

    [Property(MaxTest = Cases)]
    public Property Observations_csv(int seed) => Holds("observations-csv", seed);

    [Property(MaxTest = Cases)]
    public Property Observations_json(int seed) => Holds("observations-json", seed);

    private static Property Holds(string reader, int seed)
    {
        var target = FuzzTarget.All.Single(t => t.Name == reader);
        var input = Mutator.Mutate(target.Seed, seed);
        var (outcome, why) = target.Check(input);
        return (outcome != FuzzOutcome.Failed).Label($"{reader} seed {seed}: {why}\ninput: {Mutator.Show(input)}");
    }
}
