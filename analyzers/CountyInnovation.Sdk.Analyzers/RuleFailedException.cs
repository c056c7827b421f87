using System;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>A rule threw while judging an operation; the compiler reports it as AD0001 with this message.</summary>
internal sealed class RuleFailedException : Exception
{
    /// <summary>Wraps what <paramref name="rule"/> threw.</summary>
    internal RuleFailedException(string rule, Exception inner)
        : base($"{rule} failed: {inner.GetType().Name}: {inner.Message}", inner) => Rule = rule;

    /// <summary>The rule ID (CIS00nn) that threw.</summary>
    internal string Rule { get; }
}
