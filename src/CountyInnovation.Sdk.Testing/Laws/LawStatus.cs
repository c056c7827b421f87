namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>What happened when one law was checked against one rule.</summary>
public enum LawStatus
{
    /// <summary>Every generated case satisfied the law.</summary>
    Passed,

    /// <summary>A case broke the law; the outcome carries the shrunk counterexample and a replay seed.</summary>
    Failed,

    /// <summary>
    /// Too many generated cases were refused by the rule (it threw one of the SDK's typed errors,
    /// see <see cref="Law{TSubject}.IsDeclaredRefusal"/>) to test the law
    /// meaningfully; treated as a failure, because a law that was never exercised proves nothing.
    /// </summary>
    Exhausted,

    /// <summary>The rule's declared traits say the law does not apply (e.g. it declares no output range).</summary>
    NotApplicable,
}
