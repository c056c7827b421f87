namespace CountyInnovation.Sdk.Scoring.Weighting;

/// <summary>Data or configuration from which a weighting cannot produce weights, with the method named.</summary>
public sealed class WeightingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The weighting's registry name.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public WeightingException(string method, string message)
        : base($"{method}: {message}")
    {
        Method = method;
    }

    /// <summary>The weighting's registry name.</summary>
    public string Method { get; }
}
