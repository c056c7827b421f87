namespace CountyInnovation.Sdk.Scoring.Configuration;

/// <summary>One problem in a scoring configuration: its kind, the method(s) concerned and an explanation with a fix.</summary>
public sealed record ScoringProblem
{
    private ScoringProblem(ScoringProblemKind kind, string method, string message)
    {
        Kind = kind;
        Method = method;
        Message = message;
    }

    /// <summary>The kind of problem.</summary>
    public ScoringProblemKind Kind { get; }

    /// <summary>The method concerned (for a pair, the later step).</summary>
    public string Method { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Creates a problem.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="method">The method concerned.</param>
    /// <param name="message">The explanation.</param>
    public static ScoringProblem Of(ScoringProblemKind kind, string method, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new ScoringProblem(kind, method, message);
    }

    /// <summary>Formats as <c>Kind (method): message</c>.</summary>
    public override string ToString() => $"{Kind} ({Method}): {Message}";
}
