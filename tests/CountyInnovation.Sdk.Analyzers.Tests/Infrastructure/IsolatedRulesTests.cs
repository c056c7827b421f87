namespace CountyInnovation.Sdk.Analyzers.Tests.Infrastructure;

public sealed class IsolatedRulesTests
{
    [Fact]
    public void A_rule_that_throws_does_not_stop_the_rules_after_it_and_its_exception_names_it()
    {
        var ran = new List<string>();
        var rules = new IsolatedRules<List<string>>(
            ("CIS0001", seen => seen.Add("CIS0001")),
            ("CIS0008", _ => throw new FormatException("bad digits")),
            ("CIS0012", seen => seen.Add("CIS0012")));

        var exception = Assert.Throws<RuleFailedException>(() => rules.Run(ran));

        Assert.Equal(["CIS0001", "CIS0012"], ran);
        Assert.Equal("CIS0008", exception.Rule);
        Assert.IsType<FormatException>(exception.InnerException);
        Assert.Contains("CIS0008", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_failures_are_all_thrown_and_cancellation_is_not_caught()
    {
        var rules = new IsolatedRules<int>(
            ("CIS0001", _ => throw new InvalidOperationException("one")),
            ("CIS0002", _ => throw new ArgumentException("two")));
        var aggregate = Assert.Throws<AggregateException>(() => rules.Run(0));
        Assert.Equal(["CIS0001", "CIS0002"], aggregate.InnerExceptions.Cast<RuleFailedException>().Select(e => e.Rule));

        var cancelled = new IsolatedRules<int>(("CIS0003", _ => throw new OperationCanceledException()));
        Assert.Throws<OperationCanceledException>(() => cancelled.Run(0));
    }

    [Fact]
    public void Nothing_is_thrown_when_every_rule_succeeds()
    {
        var count = 0;
        new IsolatedRules<int>(("CIS0001", _ => count++), ("CIS0002", _ => count++)).Run(0);
        Assert.Equal(2, count);
    }
}
