namespace CountyInnovation.Sdk.Scoring.Aggregation;

/// <summary>A value an aggregation cannot take (for example 0 or a negative value in a geometric mean), with its place.</summary>
public sealed class AggregationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The aggregation's registry name.</param>
    /// <param name="unitIndex">The zero-based unit concerned.</param>
    /// <param name="componentIndex">The zero-based component concerned.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public AggregationException(string method, int unitIndex, int componentIndex, string message)
        : base($"{method}: unit {unitIndex}, component {componentIndex}: {message}")
    {
        Method = method;
        UnitIndex = unitIndex;
        ComponentIndex = componentIndex;
    }

    /// <summary>The aggregation's registry name.</summary>
    public string Method { get; }

    /// <summary>The zero-based unit concerned.</summary>
    public int UnitIndex { get; }

    /// <summary>The zero-based component concerned.</summary>
    public int ComponentIndex { get; }
}
