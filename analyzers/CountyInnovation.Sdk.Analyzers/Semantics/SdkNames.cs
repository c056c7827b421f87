namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// Metadata names of the SDK types the rules guard. Each rule resolves the ones it needs once per
/// compilation; a type the compilation does not know (an older SDK, no SDK reference) switches the
/// rule off rather than making it guess.
/// </summary>
internal static class SdkNames
{
    /// <summary>The simple name of the SDK assembly: only symbols defined there count as the SDK's.</summary>
    internal const string Assembly = "CountyInnovation.Sdk";

    internal const string MeasureNumber = "CountyInnovation.Sdk.Policy.MeasureNumber";
    internal const string SectionNumber = "CountyInnovation.Sdk.Policy.SectionNumber";
    internal const string DocumentNumber = "CountyInnovation.Sdk.Policy.DocumentNumber";
    internal const string Percentage = "CountyInnovation.Sdk.Percentage";
    internal const string Share = "CountyInnovation.Sdk.Share";
    internal const string CountyCode = "CountyInnovation.Sdk.Counties.CountyCode";
    internal const string ResponsibleUnits = "CountyInnovation.Sdk.Responsibility.ResponsibleUnits";

    internal const string TrackedTarget = "CountyInnovation.Sdk.Targets.TrackedTarget";
    internal const string Deadline = "CountyInnovation.Sdk.Targets.Deadline";
    internal const string PlanHorizon = "CountyInnovation.Sdk.Policy.PlanHorizon";

    internal const string LocalDate = "NodaTime.LocalDate";

    internal const string MethodConfiguration = "CountyInnovation.Sdk.Evaluation.MethodConfiguration";
    internal const string MethodChoice = "CountyInnovation.Sdk.Evaluation.MethodChoice";
    internal const string LevelMethod = "CountyInnovation.Sdk.Evaluation.LevelMethod";

    internal const string PureAttribute = "System.Diagnostics.Contracts.PureAttribute";
}
