namespace CountyInnovation.Sdk.Diagnostics;

/// <summary>
/// One thing wrong with an input: where it is, what is wrong, and, where they apply, the county,
/// indicator or measure concerned.
/// </summary>
public sealed class DataProblem : IEquatable<DataProblem>
{
    private DataProblem(SourceLocation location, string message, string? county, string? indicator, int? measure)
    {
        Location = location;
        Message = message;
        County = county;
        Indicator = indicator;
        Measure = measure;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, in a sentence that says how to fix it where that is known.</summary>
    public string Message { get; }

    /// <summary>The county code or name concerned, when the problem is about one county.</summary>
    public string? County { get; }

    /// <summary>The indicator code concerned, when the problem is about one indicator.</summary>
    public string? Indicator { get; }

    /// <summary>The measure number concerned, when the problem is about one measure.</summary>
    public int? Measure { get; }

    /// <summary>Creates a problem report.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="message">What is wrong; must not be empty.</param>
    /// <param name="county">The county concerned, if any.</param>
    /// <param name="indicator">The indicator concerned, if any.</param>
    /// <param name="measure">The measure concerned, if any.</param>
    public static DataProblem At(SourceLocation location, string message, string? county = null, string? indicator = null, int? measure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new DataProblem(location, message, county, indicator, measure);
    }

    /// <inheritdoc />
    public bool Equals(DataProblem? other) =>
        other is not null
        && Location == other.Location
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && string.Equals(County, other.County, StringComparison.Ordinal)
        && string.Equals(Indicator, other.Indicator, StringComparison.Ordinal)
        && Measure == other.Measure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Location, Message, County, Indicator, Measure);

    /// <summary>Formats as <c>file:line:column: county …, indicator …, measure …: message</c>, leaving out what does not apply.</summary>
    public override string ToString()
    {
        var subject = new List<string>(3);
        if (County is not null)
        {
            subject.Add($"county {County}");
        }

        if (Indicator is not null)
        {
            subject.Add($"indicator {Indicator}");
        }

        if (Measure is not null)
        {
            subject.Add($"measure {Measure}");
        }

        return subject.Count == 0
            ? $"{Location}: {Message}"
            : $"{Location}: {string.Join(", ", subject)}: {Message}";
    }
}
