using Ardalis.GuardClauses;
using NodaTime;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// A plan that a policy document implements, e.g. 《河北省县域科技创新跃升计划（2019-2025年）》
/// (冀政办字〔2019〕9号), the County S&amp;T Innovation Leap Plan 2019–2025.
/// </summary>
public sealed class Plan : IEquatable<Plan>
{
    private Plan(string titleZh, string titleEn, DocumentNumber documentNumber, string issuerZh, string issuerEn, LocalDate issueDate, PlanHorizon horizon)
    {
        TitleZh = titleZh;
        TitleEn = titleEn;
        DocumentNumber = documentNumber;
        IssuerZh = issuerZh;
        IssuerEn = issuerEn;
        IssueDate = issueDate;
        Horizon = horizon;
    }

    /// <summary>The Chinese title, without book-title marks.</summary>
    public string TitleZh { get; }

    /// <summary>The English title.</summary>
    public string TitleEn { get; }

    /// <summary>The document number, e.g. 冀政办字〔2019〕9号.</summary>
    public DocumentNumber DocumentNumber { get; }

    /// <summary>The issuing body in Chinese.</summary>
    public string IssuerZh { get; }

    /// <summary>The issuing body in English.</summary>
    public string IssuerEn { get; }

    /// <summary>The issue date.</summary>
    public LocalDate IssueDate { get; }

    /// <summary>The period the plan covers, both ends inclusive.</summary>
    public PlanHorizon Horizon { get; }

    /// <summary>Creates a plan.</summary>
    /// <param name="titleZh">The Chinese title.</param>
    /// <param name="titleEn">The English title.</param>
    /// <param name="documentNumber">The document number.</param>
    /// <param name="issuerZh">The issuer in Chinese.</param>
    /// <param name="issuerEn">The issuer in English.</param>
    /// <param name="issueDate">The issue date.</param>
    /// <param name="horizon">The horizon.</param>
    /// <returns>The plan.</returns>
    public static Plan Create(string titleZh, string titleEn, DocumentNumber documentNumber, string issuerZh, string issuerEn, LocalDate issueDate, PlanHorizon horizon)
    {
        Guard.Against.Default(documentNumber);
        return new(Guard.Against.NullOrWhiteSpace(titleZh), Guard.Against.NullOrWhiteSpace(titleEn), documentNumber, Guard.Against.NullOrWhiteSpace(issuerZh), Guard.Against.NullOrWhiteSpace(issuerEn), issueDate, horizon);
    }

    /// <inheritdoc />
    public bool Equals(Plan? other) =>
        other is not null
        && string.Equals(TitleZh, other.TitleZh, StringComparison.Ordinal)
        && string.Equals(TitleEn, other.TitleEn, StringComparison.Ordinal)
        && DocumentNumber == other.DocumentNumber
        && string.Equals(IssuerZh, other.IssuerZh, StringComparison.Ordinal)
        && string.Equals(IssuerEn, other.IssuerEn, StringComparison.Ordinal)
        && IssueDate == other.IssueDate
        && Horizon == other.Horizon;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Plan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DocumentNumber, Horizon);

    /// <summary>E.g. <c>《河北省县域科技创新跃升计划（2019-2025年）》（冀政办字〔2019〕9号）</c>.</summary>
    public override string ToString() => $"《{TitleZh}》（{DocumentNumber}）";
}
