using System;
using System.Collections.Generic;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// The rules that judge one kind of operation, run one after the other on each operation. Each rule
/// runs on its own: an exception in one (a bug, reported by the compiler as AD0001) does not stop the
/// rules after it, and is thrown again, naming the rule, once they have all run — so one rule's bug can
/// never silence another rule, and is never hidden either.
/// </summary>
/// <typeparam name="TContext">What a rule is given (an operation analysis context).</typeparam>
internal sealed class IsolatedRules<TContext>
{
    private readonly (string Rule, Action<TContext> Analyze)[] rules;

    /// <summary>Creates the chain of <paramref name="rules"/>, run in the order given.</summary>
    internal IsolatedRules(params (string Rule, Action<TContext> Analyze)[] rules) => this.rules = rules;

    /// <summary>Runs every rule on <paramref name="context"/>, then throws what any of them threw.</summary>
    /// <exception cref="RuleFailedException">One rule threw.</exception>
    /// <exception cref="AggregateException">Several rules threw.</exception>
    internal void Run(TContext context)
    {
        List<Exception>? failures = null;
        foreach (var (rule, analyze) in rules)
        {
            var start = RuleTimes.Start();
            try
            {
                analyze(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                (failures ??= []).Add(new RuleFailedException(rule, exception));
            }
            finally
            {
                RuleTimes.Add(rule, start);
            }
        }

        if (failures is not null)
        {
            throw failures.Count == 1 ? failures[0] : new AggregateException(failures);
        }
    }
}
