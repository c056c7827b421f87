using System.Globalization;
using System.Text.RegularExpressions;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0008: a target of the Leap Plan — created by an SDK factory of the Targets namespace for one of
/// the 28 measures (its <c>measure</c> argument is not null), since the measures implement the plan —
/// with a constant deadline, last year or horizon end outside the plan horizon 2019-01-01..2025-12-31.
/// Deadlines are read from <c>new LocalDate(y, m, d)</c>, <c>Deadline.On/Assumed(…)</c>,
/// <c>Deadline.FromPhrase("到2026年")</c>, <c>Deadline.Parse("2026-12-31")</c>, and through locals.
/// Targets without a measure are the user's own and may run to any date.
/// </summary>
internal static class DeadlineOutsidePlanHorizonRule
{
    private const int FirstYear = 2019;
    private const int LastYear = 2025;

    // ASCII digits only: \d matches every Unicode digit (full-width ２０２５ too), which the SDK refuses.
    private static readonly Regex Phrase = new(@"^(?:到(?<year>[0-9]{4})年(?:底)?(?:前)?|(?<year>[0-9]{4})年底?前?)$", RegexOptions.CultureInvariant);
    private static readonly Regex IsoDate = new(@"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})$", RegexOptions.CultureInvariant);

    /// <summary>Judges a call.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (!invocation.TargetMethod.IsStatic
            || invocation.Arguments.IsEmpty
            || symbols.MeasureNumber is not { } measureNumber
            || symbols.LocalDate is null
            || symbols.TargetsNamespace is not { } targets
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingNamespace, targets)
            || !ForMeasure(invocation, measureNumber))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name != "measure")
            {
                Inspect(context, argument, symbols, depth: 0);
            }
        }
    }

    /// <summary>Whether the call creates a target of one of the measures: its <c>measure</c> argument is a measure, not null.</summary>
    private static bool ForMeasure(IInvocationOperation invocation, INamedTypeSymbol measureNumber)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Name: "measure" } parameter)
            {
                continue;
            }

            var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : parameter.Type;
            var value = argument.Value.WithoutConversions();
            return SymbolEqualityComparer.Default.Equals(type, measureNumber)
                && value is not null
                && !(value.ConstantValue.HasValue && value.ConstantValue.Value is null)
                && value is not IDefaultValueOperation;
        }

        return false;
    }

    private static void Inspect(OperationAnalysisContext context, IOperation operation, SdkSymbols symbols, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        if (operation.WithoutConversions() is ILocalReferenceOperation local)
        {
            if (local.LocalInitializer() is { } initializer)
            {
                Inspect(context, initializer, symbols, depth + 1);
            }

            return;
        }

        if (operation is IArgumentOperation { Parameter: { } parameter } argument
            && argument.Parent is IInvocationOperation { TargetMethod: var method } && method.IsFromSdk())
        {
            var isHorizonEnd = parameter.Name == "end" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.PlanHorizon);
            if ((parameter.Name == "deadline" || isHorizonEnd)
                && ConstantDate(argument.Value, symbols, depth) is { } date
                && (date.Year < FirstYear || date.Year > LastYear))
            {
                Report(context, argument.Value, date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture));
                return;
            }

            if (parameter.Name == "lastYear" && argument.Value.ConstantValue is { HasValue: true, Value: int year }
                && (year < FirstYear || year > LastYear))
            {
                Report(context, argument.Value, "in " + year.ToString(CultureInfo.InvariantCulture) + " (the last year of the rule)");
                return;
            }
        }

        foreach (var child in operation.ChildOperations)
        {
            Inspect(context, child, symbols, depth);
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation value, string deadline) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.DeadlineOutsidePlanHorizon, value.Syntax.GetLocation(), deadline));

    /// <summary>The date a constant deadline expression stands for, if it is one.</summary>
    private static (int Year, int Month, int Day)? ConstantDate(IOperation operation, SdkSymbols symbols, int depth)
    {
        var value = operation.WithoutConversions();
        if (value is ILocalReferenceOperation && depth < 3)
        {
            return value.LocalInitializer() is { } initializer ? ConstantDate(initializer, symbols, depth + 1) : null;
        }

        if (value is IObjectCreationOperation { Arguments.Length: 3 } creation
            && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.LocalDate)
            && creation.Arguments.ArgumentFor("year")?.Value.ConstantValue is { HasValue: true, Value: int year }
            && creation.Arguments.ArgumentFor("month")?.Value.ConstantValue is { HasValue: true, Value: int month }
            && creation.Arguments.ArgumentFor("day")?.Value.ConstantValue is { HasValue: true, Value: int day })
        {
            return (year, month, day);
        }

        if (value is IInvocationOperation { TargetMethod: { IsStatic: true } factory } invocation
            && symbols.Deadline is not null
            && SymbolEqualityComparer.Default.Equals(factory.ContainingType, symbols.Deadline)
            && invocation.SingleArgument() is { } argument)
        {
            switch (factory.Name)
            {
                case "On" or "Assumed":
                    return ConstantDate(argument.Value, symbols, depth);
                case "FromPhrase" when argument.Value.TryGetString(out var phrase)
                                       && Phrase.Match(phrase.Trim()) is { Success: true } match:
                    return (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), 12, 31);
                case "Parse" when argument.Value.TryGetString(out var text)
                                  && IsoDate.Match(text.Trim()) is { Success: true } iso:
                    return (int.Parse(iso.Groups["year"].Value, CultureInfo.InvariantCulture),
                        int.Parse(iso.Groups["month"].Value, CultureInfo.InvariantCulture),
                        int.Parse(iso.Groups["day"].Value, CultureInfo.InvariantCulture));
            }
        }

        return null;
    }
}
