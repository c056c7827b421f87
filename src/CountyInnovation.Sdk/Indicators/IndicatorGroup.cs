namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// An inner node of an indicator framework: the index itself (the root, 综合指数) or a group of
/// indicators such as a first-level indicator (一级指标, for example 创新投入). Its children are
/// the groups and indicators whose parent code is its code.
/// </summary>
public sealed record IndicatorGroup
{
    private IndicatorGroup(IndicatorCode code, IndicatorCode? parentCode, string nameZh, string nameEn, double weight, IndicatorProvenance provenance, IndicatorProvenance weightProvenance, string? note)
    {
        Code = code;
        ParentCode = parentCode;
        NameZh = nameZh;
        NameEn = nameEn;
        Weight = weight;
        Provenance = provenance;
        WeightProvenance = weightProvenance;
        Note = note;
    }

    /// <summary>The group's code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The parent group's code; <see langword="null"/> for the root (the index).</summary>
    public IndicatorCode? ParentCode { get; }

    /// <summary>The Chinese name, for example 创新投入.</summary>
    public string NameZh { get; }

    /// <summary>The English name, for example "Innovation input".</summary>
    public string NameEn { get; }

    /// <summary>The weight within the parent, positive (1 for the root, where it has no meaning).</summary>
    public double Weight { get; }

    /// <summary>Where the group's definition comes from.</summary>
    public IndicatorProvenance Provenance { get; }

    /// <summary>Where its weight comes from.</summary>
    public IndicatorProvenance WeightProvenance { get; }

    /// <summary>A note for people, if any.</summary>
    public string? Note { get; }

    /// <summary>Whether this is the root of the framework (the index).</summary>
    public bool IsRoot => ParentCode is null;

    /// <summary>Creates the root of a framework (the index).</summary>
    /// <param name="code">The index's code.</param>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="nameEn">The English name, not blank.</param>
    /// <param name="provenance">Where the index's definition comes from.</param>
    /// <param name="note">A note for people, if any.</param>
    public static IndicatorGroup Root(IndicatorCode code, string nameZh, string nameEn, IndicatorProvenance provenance = IndicatorProvenance.SdkAssumption, string? note = null) =>
        Create(code, null, nameZh, nameEn, 1, provenance, provenance, note);

    /// <summary>Creates a group.</summary>
    /// <param name="code">The group's code.</param>
    /// <param name="parentCode">The parent group's code, or <see langword="null"/> for the root; different from <paramref name="code"/>.</param>
    /// <param name="nameZh">The Chinese name, not blank.</param>
    /// <param name="nameEn">The English name, not blank.</param>
    /// <param name="weight">The weight within the parent: finite and positive.</param>
    /// <param name="provenance">Where the definition comes from.</param>
    /// <param name="weightProvenance">Where the weight comes from.</param>
    /// <param name="note">A note for people, if any.</param>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static IndicatorGroup Create(
        IndicatorCode code,
        IndicatorCode? parentCode,
        string nameZh,
        string nameEn,
        double weight,
        IndicatorProvenance provenance = IndicatorProvenance.SdkAssumption,
        IndicatorProvenance weightProvenance = IndicatorProvenance.SdkAssumption,
        string? note = null)
    {
        var problem = Check(code, parentCode, nameZh, nameEn, weight, provenance, weightProvenance);
        if (problem is not null)
        {
            throw new ArgumentException($"Indicator group '{code}': {problem}");
        }

        return new IndicatorGroup(code, parentCode, nameZh.Trim(), nameEn.Trim(), weight, provenance, weightProvenance, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    internal static string? Check(IndicatorCode code, IndicatorCode? parentCode, string? nameZh, string? nameEn, double weight, IndicatorProvenance provenance, IndicatorProvenance weightProvenance)
    {
        if (code == default || parentCode == default(IndicatorCode))
        {
            return "the code (and the parent code, when given) must be set.";
        }

        if (parentCode == code)
        {
            return "a group cannot be its own parent.";
        }

        if (string.IsNullOrWhiteSpace(nameZh) || string.IsNullOrWhiteSpace(nameEn))
        {
            return "the Chinese and English names must not be blank.";
        }

        if (!Enum.IsDefined(provenance) || !Enum.IsDefined(weightProvenance))
        {
            return "the provenance is not a defined value.";
        }

        return !double.IsFinite(weight) || weight <= 0 ? $"the weight must be a finite positive number, not {weight}." : null;
    }
}
