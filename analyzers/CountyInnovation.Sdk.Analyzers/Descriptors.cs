using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// The catalogue of every diagnostic the CountyInnovation.Sdk analyzers report: one place for IDs,
/// titles, messages, categories, default severities and help links.
/// </summary>
internal static class Descriptors
{
    /// <summary>Category of rules about the policy model (measures, sections, documents, units, deadlines).</summary>
    internal const string PolicyCategory = "CountyInnovation.Policy";

    /// <summary>Category of rules about values created without the SDK's validation.</summary>
    internal const string ValidationCategory = "CountyInnovation.Validation";

    /// <summary>Category of rules about scoring methods (weights, method configurations).</summary>
    internal const string ScoringCategory = "CountyInnovation.Scoring";

    /// <summary>Category of rules about reproducibility (clocks, randomness).</summary>
    internal const string DeterminismCategory = "CountyInnovation.Determinism";

    /// <summary>Category of rules about using the SDK's API as intended.</summary>
    internal const string UsageCategory = "CountyInnovation.Usage";

    /// <summary>
    /// Base of the help links: the repository URL stamped into this assembly at build time from
    /// <c>RepositoryUrl</c> (Directory.Build.props), so the links follow the repository.
    /// </summary>
    internal static readonly string HelpLinkBase = RepositoryUrl().TrimEnd('/') + "/blob/main/docs/analyzers/";

    internal static readonly DiagnosticDescriptor InvalidPolicyNumber = Create(
        "CIS0001",
        "Measure or section number outside the policy",
        "There is no {0} {1}: the 2020 policy numbers its {0}s {2}..{3}",
        PolicyCategory,
        DiagnosticSeverity.Error,
        "The 2020 document has 8 sections (一..八) and 28 numbered measures. A constant outside those ranges always fails at run time.");

    internal static readonly DiagnosticDescriptor ProportionOutOfRange = Create(
        "CIS0002",
        "Percentage or share outside its range",
        "{0} {1} is outside {2}..{3}",
        ValidationCategory,
        DiagnosticSeverity.Error,
        "A Percentage lies in 0..100 and a Share in 0..1. A constant outside the range (or NaN, or an infinity) always fails at run time; a share written as a percentage (or the other way round) is the usual cause.");

    internal static readonly DiagnosticDescriptor UnvalidatedValue = Create(
        "CIS0003",
        "Validated value type created without validation",
        "'{0}' created with {1} bypasses validation: use {2}",
        ValidationCategory,
        DiagnosticSeverity.Error,
        "The SDK's value types guarantee their invariants through validating factories. default(T), the default literal and new T() produce a value that never went through them (for example measure 0).");

    internal static readonly DiagnosticDescriptor InvalidCountyCode = Create(
        "CIS0004",
        "Invalid county code",
        "{0} is not a county-level GB/T 2260 code: {1}",
        ValidationCategory,
        DiagnosticSeverity.Error,
        "County codes are six-digit GB/T 2260 codes of county-level divisions (PPCCDD). A constant that is not one always fails at run time.");

    internal static readonly DiagnosticDescriptor UnparsableDocumentNumber = Create(
        "CIS0005",
        "Document number does not parse",
        "{0}",
        PolicyCategory,
        DiagnosticSeverity.Error,
        "A Chinese document number (文号) is <issuer code>〔<year>〕<serial>号 with the brackets 〔〕 (U+3014/U+3015). [2019], [2019] and （2019） are common mis-typings.");

    internal static readonly DiagnosticDescriptor UnknownResponsibleUnit = Create(
        "CIS0006",
        "Unknown responsible unit",
        "\"{0}\" is not a responsible unit of the 2020 measures{1}",
        PolicyCategory,
        DiagnosticSeverity.Error,
        "Responsible units (责任单位) are the 15 units named in the 2020 measures, spelled as in the text. Any other name always fails at run time.");

    internal static readonly DiagnosticDescriptor WeightsNotNormalised = Create(
        "CIS0007",
        "Weights are not normalised",
        "{0}",
        ScoringCategory,
        DiagnosticSeverity.Error,
        "This API requires normalised weights: every weight greater than 0 and the weights summing to 1. Constant weights that break this always fail at run time.");

    internal static readonly DiagnosticDescriptor DeadlineOutsidePlanHorizon = Create(
        "CIS0008",
        "Deadline outside the Leap Plan horizon",
        "The deadline {0} of this Leap Plan target lies outside the plan horizon 2019-01-01..2025-12-31",
        PolicyCategory,
        DiagnosticSeverity.Warning,
        "Targets of the County S&T Innovation Leap Plan (2019-2025) fall due within the plan's horizon. A deadline outside it is almost always a typing error in the year.");

    internal static readonly DiagnosticDescriptor SystemClock = Create(
        "CIS0009",
        "System clock read where the SDK expects an explicit time",
        "{0} reads the system clock {1}: take a NodaTime IClock (or an explicit date) instead",
        DeterminismCategory,
        DiagnosticSeverity.Warning,
        "Assessments \"as of\" a date and the SDK's extension points must be reproducible: the same inputs give the same outputs whenever they run. Reading the system clock makes results depend on when the code runs and makes it untestable; inject NodaTime's IClock (FakeClock in tests).");

    internal static readonly DiagnosticDescriptor NonDeterminism = Create(
        "CIS0010",
        "Non-determinism inside an SDK extension point",
        "{0} inside '{1}', an implementation of '{2}', makes its results irreproducible: {3}",
        DeterminismCategory,
        DiagnosticSeverity.Warning,
        "Implementations of the SDK's extension points (normalisation, weighting, aggregation, target assessment, ...) must give bit-identical results for the same inputs and seed. An unseeded Random, Random.Shared and new GUIDs differ on every run.");

    internal static readonly DiagnosticDescriptor DiscardedPureResult = Create(
        "CIS0011",
        "Result of a pure SDK method is discarded",
        "The result of '{0}' is discarded: {1}",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "The SDK's types are immutable: With… methods return a changed copy and leave the original as it was, and evaluation methods return their result instead of storing it. Discarding the return value loses the work.");

    internal static readonly DiagnosticDescriptor InvalidMethodConfiguration = Create(
        "CIS0012",
        "Invalid method configuration",
        "This method configuration is invalid: {0}",
        ScoringCategory,
        DiagnosticSeverity.Error,
        "Some combinations of scoring steps cannot work (for example a geometric mean after a min-max normalisation with lower bound 0: the worst county scores 0 and ln 0 fails). The engine rejects them at run time; built from constants, they are reported at compile time by the same rule.");

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");

    private static string RepositoryUrl() =>
        typeof(Descriptors).GetTypeInfo().Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryUrl")?.Value
        ?? "https://github.com/county-innovation/CountyInnovation.Sdk";
}
