namespace CountyInnovation.Sdk.Indicators;

/// <summary>The column (CSV) and property (JSON) names of a framework file.</summary>
public static class FrameworkColumns
{
    /// <summary>The node's code (required).</summary>
    public const string Code = "code";

    /// <summary>The level: 0 for the index, 1 for first-level indicators, … (optional; checked when given).</summary>
    public const string Level = "level";

    /// <summary>The parent's code (empty for the index).</summary>
    public const string Parent = "parent";

    /// <summary>The Chinese name (required).</summary>
    public const string NameZh = "name_zh";

    /// <summary>The English name (required).</summary>
    public const string NameEn = "name_en";

    /// <summary><c>index</c>, <c>group</c>, <c>quantitative</c> or <c>qualitative</c> (required).</summary>
    public const string Kind = "kind";

    /// <summary>The unit of an indicator's values (optional).</summary>
    public const string Unit = "unit";

    /// <summary>An indicator's direction: <c>more_is_better</c> / <c>+</c> / <c>1</c>, or <c>less_is_better</c> / <c>-</c> / <c>-1</c> (required for indicators).</summary>
    public const string Direction = "direction";

    /// <summary>The weight within the parent, positive (required except for the index).</summary>
    public const string Weight = "weight";

    /// <summary>The lower goalpost (with <see cref="Upper"/>, optional).</summary>
    public const string Lower = "lower";

    /// <summary>The upper goalpost (with <see cref="Lower"/>, optional).</summary>
    public const string Upper = "upper";

    /// <summary>The standard (target) value (optional).</summary>
    public const string Target = "target";

    /// <summary>A derived indicator's formula: <c>ratio(a, b, scale)</c> or <c>growth(a)</c> (optional).</summary>
    public const string Formula = "formula";

    /// <summary>Where the definition comes from: <c>official</c>, <c>national_standard</c> or <c>assumption</c> (default).</summary>
    public const string Provenance = "provenance";

    /// <summary>Where the weight and goalposts come from (same values; default <c>assumption</c>).</summary>
    public const string WeightProvenance = "weight_provenance";

    /// <summary>A note for people (optional).</summary>
    public const string Note = "note";

    /// <summary>Every column, in the order the writer uses.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Code, Level, Parent, NameZh, NameEn, Kind, Unit, Direction, Weight, Lower, Upper, Target, Formula, Provenance, WeightProvenance, Note];

    /// <summary>The columns a file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Code, Parent, NameZh, NameEn, Kind, Weight];
}
