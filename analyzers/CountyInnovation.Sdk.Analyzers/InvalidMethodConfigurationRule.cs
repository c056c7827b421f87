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

        var problems = Problems(value);
        if (problems.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidMethodConfiguration, invocation.Syntax.GetLocation(), string.Join(" ", problems)));
        }
    }

    /// <summary>
    /// The engine's verdict on every chain the configuration certainly builds: the default
    /// normalisation under the levels' default aggregations, each indicator's normalisation override
    /// under them, and each group's aggregation override in place of its level's default.
    /// </summary>
    private static List<string> Problems(ConfigurationValue value)
    {
        var defaults = value.Levels.Select(level => level.Aggregation).ToList();
        var problems = new List<string>(MethodCompatibility.Check(value.Normalisation, defaults));
        foreach (var (indicator, normalisation) in value.IndicatorNormalisation)
        {
            problems.AddRange(MethodCompatibility.Check(normalisation, defaults)
                .Select(problem => $"for indicator '{indicator}' (normalisation override): {problem}"));
        }

        for (var level = 0; level < value.Levels.Count; level++)
        {
            foreach (var (group, aggregation) in value.Levels[level].Groups)
            {
                var chain = new List<Choice>(defaults) { [level] = aggregation };
                problems.AddRange(MethodCompatibility.Check(value.Normalisation, chain)
                    .Select(problem => $"for group '{group}' (aggregation override): {problem}"));
            }
        }

        return problems.Distinct(System.StringComparer.Ordinal).ToList();
    }

    private sealed class ConfigurationValue(Choice normalisation, IReadOnlyList<(string Code, Choice Choice)> indicatorNormalisation, IReadOnlyList<LevelValue> levels)
    {
        public Choice Normalisation { get; } = normalisation;

        /// <summary>The normalisation overrides by indicator code.</summary>
        public IReadOnlyList<(string Code, Choice Choice)> IndicatorNormalisation { get; } = indicatorNormalisation;

        public IReadOnlyList<LevelValue> Levels { get; } = levels;
    }

    private sealed class LevelValue(Choice aggregation, IReadOnlyList<(string Code, Choice Choice)> groups)
    {
        /// <summary>The level's default aggregation.</summary>
        public Choice Aggregation { get; } = aggregation;

        /// <summary>The aggregation overrides by group code.</summary>
        public IReadOnlyList<(string Code, Choice Choice)> Groups { get; } = groups;
    }

    /// <summary>Evaluates constant configuration expressions; <see langword="null"/> means "not known at compile time".</summary>
    private sealed class Evaluator(INamedTypeSymbol configurationType, INamedTypeSymbol choiceType, INamedTypeSymbol levelType)
    {
        // MethodConfiguration.Default and LevelMethod.Default, as the SDK defines them (a test holds them equal).
        private static readonly Choice DefaultNormalisation = new("goalposts", new Dictionary<string, double> { ["scale"] = 100 });
        private static readonly Choice DefaultAggregation = new("arithmetic", new Dictionary<string, double>());
        private static readonly LevelValue DefaultLevel = new(DefaultAggregation, []);

        public ConfigurationValue? Configuration(IOperation? operation, int depth)
        {
            operation = Resolve(operation, ref depth);
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true } property }
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, configurationType):
                    return new ConfigurationValue(DefaultNormalisation, [], [DefaultLevel]);
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
                            if (Argument(invocation, "normalisation") is not { } normalisationArgument
                                || Choice(normalisationArgument, depth + 1) is not { } normalisation)
                            {
                                return null;
                            }

                            // No overrides argument (null) keeps the overrides the configuration had.
                            var overridesArgument = Argument(invocation, "overrides");
                            var overrides = IsNull(overridesArgument) ? before.IndicatorNormalisation : Pairs(overridesArgument!, depth + 1);
                            return overrides is null ? null : new ConfigurationValue(normalisation, overrides, before.Levels);
                        case "WithLevels":
                            return Argument(invocation, "levels") is { } levelsArgument && Levels(levelsArgument, depth + 1) is { Count: > 0 } levels
                                ? new ConfigurationValue(before.Normalisation, before.IndicatorNormalisation, levels)
                                : null;
                        default:
                            return before;
                    }

                default:
                    return null;
            }
        }

        private IReadOnlyList<LevelValue>? Levels(IOperation operation, int depth)
        {
            var elements = Resolve(operation, ref depth).ListElements();
            if (elements is null)
            {
                return null;
            }

            var levels = new List<LevelValue>();
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

        /// <summary>The default aggregation of a level method and its overrides by group.</summary>
        private LevelValue? Level(IOperation? operation, int depth)
        {
            operation = Resolve(operation, ref depth);
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true } property }
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, levelType):
                    return DefaultLevel;
                case IInvocationOperation { TargetMethod: { Name: "Of", IsStatic: true } method } invocation
                    when SymbolEqualityComparer.Default.Equals(method.ContainingType, levelType):
                    if (Argument(invocation, "aggregation") is not { } aggregationArgument
                        || Choice(aggregationArgument, depth + 1) is not { } aggregation)
                    {
                        return null;
                    }

                    var groupsArgument = Argument(invocation, "groupAggregation");
                    var groups = IsNull(groupsArgument) ? [] : Pairs(groupsArgument!, depth + 1);
                    return groups is null ? null : new LevelValue(aggregation, groups);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Constant pairs of a code and a method: a dictionary with an initializer
        /// (<c>["X1"] = …</c> or <c>{ "X1", … }</c>), or an array or collection expression of
        /// <c>new KeyValuePair&lt;string, MethodChoice&gt;("X1", …)</c> / <c>KeyValuePair.Create("X1", …)</c>.
        /// </summary>
        private List<(string Code, Choice Choice)>? Pairs(IOperation operation, int depth)
        {
            var pairs = new List<(string Code, Choice Choice)>();
            var resolved = Resolve(operation, ref depth);
            if (resolved.ListElements() is { } elements)
            {
                return Elements(elements, depth, pairs);
            }

            switch (resolved)
            {
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (var entry in initializer.Initializers)
                    {
                        var (key, value) = entry switch
                        {
                            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                                => (indexer.Arguments[0].Value, assignment.Value),
                            IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments.ArgumentFor("key")?.Value, add.Arguments.ArgumentFor("value")?.Value),
                            _ => (null, null),
                        };
                        if (!Pair(key, value, depth, pairs))
                        {
                            return null;
                        }
                    }

                    return pairs;
                default:
                    return null;
            }
        }

        private List<(string Code, Choice Choice)>? Elements(IEnumerable<IOperation> elements, int depth, List<(string Code, Choice Choice)> pairs)
        {
            foreach (var element in elements)
            {
                var arguments = element.WithoutConversions() switch
                {
                    IObjectCreationOperation { Arguments.Length: 2 } creation => creation.Arguments,
                    IInvocationOperation { TargetMethod.Name: "Create", Arguments.Length: 2 } create => create.Arguments,
                    _ => default,
                };
                if (arguments.IsDefault || !Pair(arguments.ArgumentFor("key")?.Value, arguments.ArgumentFor("value")?.Value, depth, pairs))
                {
                    return null;
                }
            }

            return pairs;
        }

        private bool Pair(IOperation? key, IOperation? value, int depth, List<(string Code, Choice Choice)> pairs)
        {
            if (!key.TryGetString(out var code) || Choice(value, depth + 1) is not { } choice)
            {
                return false;
            }

            pairs.Add((code, choice));
            return true;
        }

        private static bool IsNull(IOperation? operation)
        {
            var value = operation.WithoutConversions();
            return value is null or IDefaultValueOperation || (value.ConstantValue.HasValue && value.ConstantValue.Value is null);
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
