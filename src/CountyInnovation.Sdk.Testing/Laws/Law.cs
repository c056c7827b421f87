using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Scoring.Aggregation;
using CountyInnovation.Sdk.Scoring.Configuration;
using CountyInnovation.Sdk.Scoring.Normalisation;
using CountyInnovation.Sdk.Scoring.Weighting;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>
/// A law (定律) a scoring rule of type <typeparamref name="TSubject"/> must obey: a name, the reason
/// it matters for a published ranking, the condition under which it applies (read from the rule's
/// declared traits) and a property FsCheck checks on generated cases. Laws are values: combine them
/// freely, check one alone with <see cref="LawRunner.Check{TSubject}(TSubject, string, IEnumerable{Law{TSubject}}, LawCheckOptions?)"/>.
/// </summary>
/// <typeparam name="TSubject">The kind of rule the law is about (a normalisation, an aggregation, …).</typeparam>
public sealed class Law<TSubject> : IEquatable<Law<TSubject>>
{
    private readonly Func<TSubject, bool> appliesTo;
    private readonly Func<TSubject, Property> property;

    private Law(string name, string rationale, string condition, Func<TSubject, bool> appliesTo, Func<TSubject, Property> property)
    {
        Name = name;
        Rationale = rationale;
        Condition = condition;
        this.appliesTo = appliesTo;
        this.property = property;
    }

    /// <summary>A short, stable, kebab-case name, e.g. <c>monotone-in-direction</c>; it also seeds the law's random stream.</summary>
    public string Name { get; }

    /// <summary>Why a published ranking needs the law to hold, in one or two sentences.</summary>
    public string Rationale { get; }

    /// <summary>When the law applies, in words (<c>always</c> for unconditional laws).</summary>
    public string Condition { get; }

    /// <summary>
    /// Creates a law from a generator of cases and a verdict. The verdict returns <see langword="null"/>
    /// when the case satisfies the law and otherwise a sentence saying what was observed; that sentence
    /// is reported next to the shrunk counterexample. A case the rule refuses with one of the SDK's typed
    /// errors (<see cref="IsDeclaredRefusal"/>) is discarded, not counted as a violation; any other exception is one.
    /// </summary>
    /// <typeparam name="TCase">The generated case; its <see cref="object.ToString"/> is the counterexample text.</typeparam>
    /// <param name="name">Kebab-case name of the law.</param>
    /// <param name="rationale">Why the law matters for a published ranking.</param>
    /// <param name="cases">The cases to try for a given rule (shrinking included).</param>
    /// <param name="verdict">Null when the law holds on the case, else what was observed.</param>
    public static Law<TSubject> Create<TCase>(
        string name,
        string rationale,
        Func<TSubject, Arbitrary<TCase>> cases,
        Func<TSubject, TCase, string?> verdict)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(verdict);
        return FromProperty(name, rationale, subject => Prop.ForAll(cases(subject), @case => Judge(subject, @case, verdict)));
    }

    /// <summary>
    /// Creates a law from any FsCheck property, for teams that already have one. Prefer
    /// <see cref="Create{TCase}"/>: its verdict text makes reports readable.
    /// </summary>
    /// <param name="name">Kebab-case name of the law.</param>
    /// <param name="rationale">Why the law matters for a published ranking.</param>
    /// <param name="property">The property to check for a given rule.</param>
    public static Law<TSubject> FromProperty(string name, string rationale, Func<TSubject, Property> property)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(rationale);
        ArgumentNullException.ThrowIfNull(property);
        return new Law<TSubject>(name, rationale, "always", _ => true, property);
    }

    /// <summary>Returns a copy of the law that applies only to rules for which <paramref name="appliesTo"/> is true.</summary>
    /// <param name="condition">The condition in words, e.g. <c>the rule declares an output range</c>.</param>
    /// <param name="appliesTo">Reads the rule's declared traits.</param>
    public Law<TSubject> When(string condition, Func<TSubject, bool> appliesTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(condition);
        ArgumentNullException.ThrowIfNull(appliesTo);
        var previous = this.appliesTo;
        var combined = Condition == "always" ? condition : $"{Condition} and {condition}";
        return new Law<TSubject>(Name, Rationale, combined, subject => previous(subject) && appliesTo(subject), property);
    }

    /// <summary>Whether the rule's declared traits make the law apply to it.</summary>
    /// <param name="subject">The rule.</param>
    public bool AppliesTo(TSubject subject) => appliesTo(subject);

    /// <summary>The FsCheck property of this law for <paramref name="subject"/>, to run with any FsCheck runner.</summary>
    /// <param name="subject">The rule.</param>
    public Property ToProperty(TSubject subject) => property(subject);

    /// <inheritdoc/>
    public bool Equals(Law<TSubject>? other) =>
        other is not null && Name == other.Name && Rationale == other.Rationale && Condition == other.Condition;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Law<TSubject>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Rationale, Condition);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>
    /// Whether <paramref name="exception"/> is one of the SDK's typed refusals of an input the method
    /// does not accept (invalid input, a normalisation, aggregation or weighting that cannot apply):
    /// such cases are discarded rather than counted as violations.
    /// </summary>
    /// <param name="exception">The exception a rule threw.</param>
    public static bool IsDeclaredRefusal(Exception exception) => exception
        is InvalidInputException
        or NormalisationException
        or AggregationException
        or WeightingException
        or ScoringConfigurationException;

    private static Property Judge<TCase>(TSubject subject, TCase @case, Func<TSubject, TCase, string?> verdict)
    {
        string? violation;
        try
        {
            violation = verdict(subject, @case);
        }
        catch (Exception exception) when (IsDeclaredRefusal(exception))
        {
            // The rule refused this input with one of the SDK's typed errors: not a counterexample.
            return Prop.Discard<Property>();
        }

        return violation is null ? Prop.ToProperty(true) : Prop.Label(false, violation);
    }
}
