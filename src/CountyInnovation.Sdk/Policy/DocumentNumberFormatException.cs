namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// Thrown by <see cref="DocumentNumber.Parse(string)"/> when a text is not a canonical document
/// number. The message says what is wrong; <see cref="Suggestion"/> gives the canonical form probably
/// meant (for <c>冀政办字[2019]9号</c>: <c>冀政办字〔2019〕9号</c>).
/// </summary>
public sealed class DocumentNumberFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The text that failed to parse.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="suggestion">The canonical form probably meant, or <see langword="null"/>.</param>
    public DocumentNumberFormatException(string input, string message, string? suggestion)
        : base(message)
    {
        Input = input;
        Suggestion = suggestion;
    }

    /// <summary>The text that failed to parse.</summary>
    public string Input { get; }

    /// <summary>The canonical form probably meant, or <see langword="null"/> when none can be found.</summary>
    public string? Suggestion { get; }
}
