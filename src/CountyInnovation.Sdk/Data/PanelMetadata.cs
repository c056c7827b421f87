using System.Collections.Immutable;

namespace CountyInnovation.Sdk.Data;

/// <summary>
/// What a panel is: where it came from and whether its values are synthetic. Every output built on
/// a synthetic panel must say so (<see cref="IsSynthetic"/>). A CSV file declares itself synthetic
/// with a leading comment line that starts with <c># SYNTHETIC</c>.
/// </summary>
public sealed class PanelMetadata : IEquatable<PanelMetadata>
{
    /// <summary>The comment marker that declares a data file synthetic.</summary>
    public const string SyntheticMarker = "SYNTHETIC";

    private PanelMetadata(string source, bool isSynthetic, ImmutableArray<string> comments)
    {
        Source = source;
        IsSynthetic = isSynthetic;
        Comments = comments;
    }

    /// <summary>The file or source name the data came from.</summary>
    public string Source { get; }

    /// <summary>Whether the values are synthetic (generated), not real statistics.</summary>
    public bool IsSynthetic { get; }

    /// <summary>The header comments of the source file (without <c>#</c>), for example the generator's seed and version.</summary>
    public ImmutableArray<string> Comments { get; }

    /// <summary>Creates metadata.</summary>
    /// <param name="source">The source name, not empty.</param>
    /// <param name="isSynthetic">Whether the values are synthetic.</param>
    /// <param name="comments">Descriptive comment lines, if any.</param>
    public static PanelMetadata Create(string source, bool isSynthetic, IEnumerable<string>? comments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        return new PanelMetadata(source, isSynthetic, comments?.ToImmutableArray() ?? []);
    }

    /// <summary>Metadata from a file's header comments: synthetic when a comment starts with <see cref="SyntheticMarker"/>.</summary>
    internal static PanelMetadata FromComments(string source, IEnumerable<string> comments)
    {
        var list = comments.ToImmutableArray();
        return new PanelMetadata(source, list.Any(c => c.StartsWith(SyntheticMarker, StringComparison.Ordinal)), list);
    }

    /// <inheritdoc />
    public bool Equals(PanelMetadata? other) =>
        other is not null && string.Equals(Source, other.Source, StringComparison.Ordinal) && IsSynthetic == other.IsSynthetic && Comments.SequenceEqual(other.Comments, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PanelMetadata);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, IsSynthetic, Comments.Length);

    /// <summary>The source, marked when synthetic.</summary>
    public override string ToString() => IsSynthetic ? $"{Source} (SYNTHETIC data)" : Source;
}
