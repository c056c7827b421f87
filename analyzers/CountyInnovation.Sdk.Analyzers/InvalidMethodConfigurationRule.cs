using System.Collections.Generic;
using System.Linq;
using CountyInnovation.Sdk.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Choice = CountyInnovation.Sdk.Analyzers.Semantics.MethodCompatibility.Choice;

namespace CountyInnovation.Sdk.Analyzers;

/// <summary>
/// CIS0012: a <c>MethodConfiguration</c> built from constants — <c>MethodConfiguration.Default</c>
/// followed by <c>With…</c> calls, with <c>MethodChoice.Of("name", ("parameter", value), …)</c> and
/// <c>LevelMethod.Of</c>/<c>LevelMethod.Default</c> arguments (also through locals) — whose
/// normalisation and level aggregations the engine would refuse (<see cref="MethodCompatibility"/>).
/// Anything not constant, or a method the SDK does not ship, leaves the configuration unjudged.
/// </summary>
internal static class InvalidMethodConfigurationRule
{
    private const int MaximumDepth = 64;

    /// <summary>Judges a call: the outermost call of a configuration chain.</summary>
    internal static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, SdkSymbols symbols)
    {
        if (symbols.MethodConfiguration is not { } configuration
            || symbols.MethodChoice is not { } choice
            || symbols.LevelMethod is not { } level
            || !SymbolEqualityComparer.Default.Equals(invocation.Type, configuration)
            || invocation.Parent is IInvocationOperation { Instance: { } receiver } && receiver == invocation
            || new Evaluator(configuration, choice, level).Configuration(invocation, 0) is not { } value)
        {
            return;
        }

        var problems = MethodCompatibility.Check(value.Normalisation, value.Levels);
        if (problems.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidMethodConfiguration, invocation.Syntax.GetLocation(), string.Join(" ", problems)));
        }
    }

    private sealed class ConfigurationValue(Choice normalisation, IReadOnlyList<Choice> levels)
    {
        public Choice Normalisation { get; } = normalisation;

        public IReadOnlyList<Choice> Levels { get; } = levels;
    }

    /// <summary>Evaluates constant configuration expressions; <see langword="null"/> means "not known at compile time".</summary>
    private sealed class Evaluator(INamedTypeSymbol configurationType, INamedTypeSymbol choiceType, INamedTypeSymbol levelType)
    {
        // MethodConfiguration.Default and LevelMethod.Default, as the SDK defines them (a test holds them equal).
        private static readonly Choice DefaultNormalisation = new("goalposts", new Dictionary<string, double> { ["scale"] = 100 });
        private static readonly Choice DefaultAggregation = new("arithmetic", new Dictionary<string, double>());

        public ConfigurationValue? Configuration(IOperation? operation, int depth)
        {
            operation = Resolve(operation, ref depth);
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true } property }
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, configurationType):
                    return new ConfigurationValue(DefaultNormalisation, [DefaultAggregation]);
                case IInvocationOperation { Instance: { } instance, TargetMethod: var method } invocation
                    when SymbolEqualityComparer.Default.Equals(method.ContainingType, configurationType)
                         && method.Name.StartsWith("With", System.StringComparison.Ordinal):
                    if (Configuration(instance, depth + 1) is not { } before)
                    {
                        return null;
                    }

                    switch (method.Name)
                    {
                        case "WithNormalisation":
                            return Argument(invocation, "normalisation") is { } normalisationArgument
                                   && Choice(normalisationArgument, depth + 1) is { } normalisation
                                ? new ConfigurationValue(normalisation, before.Levels)
                                : null;
                        case "WithLevels":
                            return Argument(invocation, "levels") is { } levelsArgument && Levels(levelsArgument, depth + 1) is { Count: > 0 } levels
                                ? new ConfigurationValue(before.Normalisation, levels)
                                : null;
                        default:
                            return before;
                    }

                default:
                    return null;
            }
        }

        private IReadOnlyList<Choice>? Levels(IOperation operation, int depth)
        {
            IEnumerable<IOperation>? elements = Resolve(operation, ref depth) switch
            {
                IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
                ICollectionExpressionOperation collection when collection.Elements.All(e => e is not ISpreadOperation) => collection.Elements,
                _ => null,
            };
            if (elements is null)
            {
                return null;
            }

            var levels = new List<Choice>();
            foreach (var element in elements)
            {
                if (Level(element, depth + 1) is not { } aggregation)
                {
                    return null;
                }

                levels.Add(aggregation);
            }

            return levels;
        }

        /// <summary>The default aggregation of a level method.</summary>
        private Choice? Level(IOperation? operation, int depth)
        {
            operation = Resolve(operation, ref depth);
            return operation switch
            {
                IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true } property }
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, levelType) => DefaultAggregation,
                IInvocationOperation { TargetMethod: { Name: "Of", IsStatic: true } method } invocation
                    when SymbolEqualityComparer.Default.Equals(method.ContainingType, levelType)
                    => Argument(invocation, "aggregation") is { } aggregation ? Choice(aggregation, depth + 1) : null,
                _ => null,
            };
        }

        private Choice? Choice(IOperation? operation, int depth)
        {
            operation = Resolve(operation, ref depth);
            if (operation is not IInvocationOperation { TargetMethod: { Name: "Of", IsStatic: true } method } invocation
                || !SymbolEqualityComparer.Default.Equals(method.ContainingType, choiceType)
                || Argument(invocation, "name") is not { } nameArgument
                || !nameArgument.TryGetString(out var name))
            {
                return null;
            }

            var numbers = new Dictionary<string, double>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name != "parameters")
                {
                    continue;
                }

                var value = argument.Value.WithoutConversions();
                if (value is null || (value.ConstantValue.HasValue && value.ConstantValue.Value is null) || value is IDefaultValueOperation)
                {
                    continue;
                }

                if (value is not IArrayCreationOperation { Initializer: { } initializer })
                {
                    return null;
                }

                foreach (var element in initializer.ElementValues)
                {
                    if (element.WithoutConversions() is not ITupleOperation { Elements.Length: 2 } tuple
                        || !tuple.Elements[0].TryGetString(out var key)
                        || !tuple.Elements[1].TryGetDouble(out var number))
                    {
                        return null;
                    }

                    numbers[key] = number;
                }
            }

            return new Choice(name, numbers);
        }

        private static IOperation? Argument(IInvocationOperation invocation, string parameter)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static IOperation? Resolve(IOperation? operation, ref int depth)
        {
            operation = operation.WithoutConversions();
            while (operation is ILocalReferenceOperation && depth < MaximumDepth)
            {
                operation = operation.LocalInitializer().WithoutConversions();
                depth++;
            }

            return depth < MaximumDepth ? operation : null;
        }
    }
}
