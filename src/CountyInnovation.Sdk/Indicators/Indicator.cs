namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// A leaf of an indicator framework (指标, in Hebei's framework a 二级指标): what the panel data
/// holds a value of for each county and year, with how to read it (unit, direction), how much it
/// counts within its parent (weight), how to normalise it (goalposts, standard value), how it is
/// computed when derived (formula), and where each of these comes from (provenance).
/// Create it with <see cref="Create"/>; put it in a framework with <see cref="IndicatorFramework.Create"/>.
/// </summary>
public sealed record Indicator
{
    private Indicator(
        IndicatorCode code,
        IndicatorCode parentCode,
        string nameZh,
        string nameEn,
        string unit,
        IndicatorDirection direction,
        double weight,
        IndicatorKind kind,
        Goalposts? goalposts,
        double? standardValue,
        IndicatorFormula? formula,
        IndicatorProvenance provenance,
        IndicatorProvenance weightProvenance,
        string? note)
    {
        Code = code;
        ParentCode = parentCode;
        NameZh = nameZh;
        NameEn = nameEn;
        Unit = unit;
        Direction = direction;
        Weight = weight;
        Kind = kind;
        Goalposts = goalposts;
        StandardValue = standardValue;
        Formula = formula;
        Provenance = provenance;
        WeightProvenance = weightProvenance;
        Note = note;
    }

    /// <summary>The indicator's code: the column header of panel data.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The code of the group (for example the first-level indicator) the indicator belongs to.</summary>
    public IndicatorCode ParentCode { get; }

    /// <summary>The Chinese name, for example 地方财政科技支出.</summary>
    public string NameZh { get; }

    /// <summary>The English name, for example "Local fiscal S&amp;T expenditure".</summary>
    public string NameEn { get; }

    /// <summary>The unit of the values (for example <c>%</c>, <c>万元</c>, <c>个</c>); may be empty for a pure number.</summary>
    public string Unit { get; }

    /// <summary>Whether more or less is better.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>
    /// The weight within the parent, positive; only ratios between siblings matter (the Hebei
    /// default framework gives each indicator its points out of 100).
    /// </summary>
    public double Weight { get; }

    /// <summary>Quantitative or qualitative.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The goalposts for a goalpost normalisation, when defined.</summary>
    public Goalposts? Goalposts { get; }

    /// <summary>The standard (target) value (标准值 / 目标值) for a distance-to-target normalisation, when defined.</summary>
    public double? StandardValue { get; }

    /// <summary>How the indicator is derived from raw statistics, when it is.</summary>
    public IndicatorFormula? Formula { get; }

    /// <summary>Where the indicator's definition comes from.</summary>
    public IndicatorProvenance Provenance { get; }

    /// <summary>Where its weight (and goalposts) come from.</summary>
    public IndicatorProvenance WeightProvenance { get; }

    /// <summary>A note for people: the source of an official item, or the reasoning behind an assumption.</summary>
    public string? Note { get; }

    /// <summary>Whether the indicator is computed from raw statistics.</summary>
    public bool IsDerived => Formula is not null;

    /// <summary>Creates an indicator, checking each value.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="parentCode">The code of its parent group; different from <paramref name="code"/>.</param>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="nameEn">The English name, not blank.</param>
    /// <param name="unit">The unit; empty for a pure number.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="weight">The weight within the parent: finite and positive.</param>
    /// <param name="kind">Quantitative or qualitative; a qualitative indicator needs goalposts (its scoring scale) and no formula.</param>
    /// <param name="goalposts">The goalposts, if any.</param>
    /// <param name="standardValue">The standard (target) value, if any; finite.</param>
    /// <param name="formula">The formula of a derived indicator, if any; it must not read the indicator itself.</param>
    /// <param name="provenance">Where the definition comes from.</param>
    /// <param name="weightProvenance">Where the weight and goalposts come from.</param>
    /// <param name="note">A note for people, if any.</param>
    /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
    public static Indicator Create(
        IndicatorCode code,
        IndicatorCode parentCode,
        string nameZh,
        string nameEn,
        string unit,
        IndicatorDirection direction,
        double weight,
        IndicatorKind kind = IndicatorKind.Quantitative,
        Goalposts? goalposts = null,
        double? standardValue = null,
        IndicatorFormula? formula = null,
        IndicatorProvenance provenance = IndicatorProvenance.SdkAssumption,
        IndicatorProvenance weightProvenance = IndicatorProvenance.SdkAssumption,
        string? note = null)
    {
        var problem = Check(code, parentCode, nameZh, nameEn, unit, direction, weight, kind, goalposts, standardValue, formula, provenance, weightProvenance);
        if (problem is not null)
        {
            throw new ArgumentException($"Indicator '{code}': {problem}");
        }

        return new Indicator(code, parentCode, nameZh.Trim(), nameEn.Trim(), unit.Trim(), direction, weight, kind, goalposts, standardValue, formula, provenance, weightProvenance, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>The first thing wrong with the values, or null; shared by <see cref="Create"/> and the file loaders.</summary>
    internal static string? Check(
        IndicatorCode code,
        IndicatorCode parentCode,
        string? nameZh,
        string? nameEn,
        string? unit,
        IndicatorDirection direction,
        double weight,
        IndicatorKind kind,
        Goalposts? goalposts,
        double? standardValue,
        IndicatorFormula? formula,
        IndicatorProvenance provenance,
        IndicatorProvenance weightProvenance)
    {
        if (code == default || parentCode == default)
        {
            return "the code and the parent code must be set.";
        }

        if (code == parentCode)
        {
            return "an indicator cannot be its own parent.";
        }

        if (string.IsNullOrWhiteSpace(nameZh) || string.IsNullOrWhiteSpace(nameEn))
        {
            return "the Chinese and English names must not be blank.";
        }

        if (unit is null)
        {
            return "the unit must not be null (use an empty text for a pure number).";
        }

        if (!Enum.IsDefined(direction) || !Enum.IsDefined(kind) || !Enum.IsDefined(provenance) || !Enum.IsDefined(weightProvenance))
        {
            return "the direction, kind or provenance is not a defined value.";
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            return $"the weight must be a finite positive number, not {weight}.";
        }

        if (standardValue is { } s && !double.IsFinite(s))
        {
            return "the standard value must be a finite number.";
        }

        if (kind == IndicatorKind.Qualitative && goalposts is null)
        {
            return "a qualitative indicator needs goalposts: the scale its scores are given on (for example 0–100).";
        }

        if (kind == IndicatorKind.Qualitative && formula is not null)
        {
            return "a qualitative indicator is scored by assessors, it cannot have a formula.";
        }

        if (formula is not null && formula.Inputs.Contains(code))
        {
            return $"the formula {formula} reads the indicator itself.";
        }

        return null;
    }
}
