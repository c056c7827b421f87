namespace CountyInnovation.Sdk.Scoring.Normalisation;

/// <summary>A column that a normalisation cannot handle (for example a zero range configured as an error), with the method named.</summary>
public sealed class NormalisationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The normalisation's registry name.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public NormalisationException(string method, string message)
        : base($"{method}: {message}")
    {
        Method = method;
    }

    /// <summary>The normalisation's registry name.</summary>
    public string Method { get; }
}
