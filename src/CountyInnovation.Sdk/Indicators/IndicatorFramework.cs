using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CountyInnovation.Sdk.Diagnostics;

namespace CountyInnovation.Sdk.Indicators;

/// <summary>
/// An indicator framework (指标体系): an immutable tree whose root is the index, whose inner nodes
/// are <see cref="IndicatorGroup"/>s (level 1: the first-level indicators, 一级指标) and whose leaves
/// are <see cref="Indicator"/>s. Siblings keep the order they were given in; <see cref="Indicators"/>
/// lists the leaves depth-first. Build one with <see cref="Create"/>, load one with
/// IndicatorFrameworkReader, or take <see cref="HebeiFramework.Default"/>.
/// </summary>
public sealed class IndicatorFramework : IEquatable<IndicatorFramework>
{
    private readonly FrozenDictionary<IndicatorCode, int> indicatorIndex;
    private readonly FrozenDictionary<IndicatorCode, IndicatorGroup> groupsByCode;
    private readonly FrozenDictionary<IndicatorCode, ImmutableArray<IndicatorCode>> children;
    private readonly FrozenDictionary<IndicatorCode, int> levels;
    private readonly FrozenSet<IndicatorCode> rawStatistics;

    private IndicatorFramework(
        ImmutableArray<IndicatorGroup> groups,
        ImmutableArray<Indicator> indicators,
        FrozenDictionary<IndicatorCode, ImmutableArray<IndicatorCode>> children,
        FrozenDictionary<IndicatorCode, int> levels)
    {
        Groups = groups;
        Indicators = indicators;
        this.children = children;
        this.levels = levels;
        groupsByCode = groups.ToFrozenDictionary(g => g.Code);
        indicatorIndex = indicators.Select((indicator, i) => (indicator.Code, i)).ToFrozenDictionary(p => p.Code, p => p.i);
        Root = groups[0];
        FirstLevel = children[Root.Code].Where(groupsByCode.ContainsKey).Select(c => groupsByCode[c]).ToImmutableArray();
        RawStatistics = indicators
            .Where(i => i.Formula is not null)
            .SelectMany(i => i.Formula!.Inputs)
            .Where(c => !indicatorIndex.ContainsKey(c))
            .Distinct()
            .ToImmutableArray();
        rawStatistics = RawStatistics.ToFrozenSet();
        EffectiveWeights = indicators.Select(i => ComputeEffectiveWeight(i.ParentCode, i.Weight)).ToImmutableArray();
        Depth = levels.Values.Max();
    }

    /// <summary>The root: the index (综合指数).</summary>
    public IndicatorGroup Root { get; }

    /// <summary>The groups below the root (一级指标), in order. Indicators directly under the root are not listed here.</summary>
    public ImmutableArray<IndicatorGroup> FirstLevel { get; }

    /// <summary>Every group, the root first, depth-first in sibling order.</summary>
    public ImmutableArray<IndicatorGroup> Groups { get; }

    /// <summary>Every indicator (leaf), depth-first in sibling order: the columns the panel data holds.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>
    /// The effective weight of each indicator, aligned with <see cref="Indicators"/>: the product,
    /// along its path to the root, of each node's weight divided by the sum of its siblings' weights.
    /// They sum to 1.
    /// </summary>
    public ImmutableArray<double> EffectiveWeights { get; }

    /// <summary>
    /// The raw statistics that derived indicators' formulas read and that are not indicators
    /// themselves (for example <c>budget_exp</c>): panel files may hold them as extra columns.
    /// </summary>
    public ImmutableArray<IndicatorCode> RawStatistics { get; }

    /// <summary>The depth of the tree: 2 for index → first-level → indicators.</summary>
    public int Depth { get; }

    /// <summary>Builds and validates a framework from its nodes.</summary>
    /// <param name="groups">The groups, exactly one of them the root (no parent).</param>
    /// <param name="indicators">The indicators (leaves).</param>
    /// <param name="source">The name reported in problems (for example the calling component).</param>
    /// <exception cref="InvalidInputException">
    /// The nodes do not form a tree: every problem found (duplicate codes, no or several roots,
    /// unknown parents, an indicator used as a parent, cycles, groups without indicators below
    /// them, formulas reading groups or reading each other in a circle), each naming the node.
    /// </exception>
    public static IndicatorFramework Create(IEnumerable<IndicatorGroup> groups, IEnumerable<Indicator> indicators, string source = "<code>")
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var location = SourceLocation.Of(source);
        return CreateLocated(groups.ToImmutableArray(), indicators.ToImmutableArray(), _ => location);
    }

    /// <summary>Builds and validates a framework, locating each problem with <paramref name="locate"/>.</summary>
    internal static IndicatorFramework CreateLocated(ImmutableArray<IndicatorGroup> groups, ImmutableArray<Indicator> indicators, Func<IndicatorCode, SourceLocation> locate)
    {
        var problems = new List<DataProblem>();
        void Report(IndicatorCode code, string message) => problems.Add(DataProblem.At(locate(code), message, indicator: code.Value));

        var parents = new Dictionary<IndicatorCode, IndicatorCode?>();
        var groupCodes = new HashSet<IndicatorCode>();
        foreach (var group in groups)
        {
            if (!parents.TryAdd(group.Code, group.ParentCode))
            {
                Report(group.Code, $"The code '{group.Code}' is used by more than one node: codes must be unique.");
            }

            groupCodes.Add(group.Code);
        }

        foreach (var indicator in indicators)
        {
            if (!parents.TryAdd(indicator.Code, indicator.ParentCode))
            {
                Report(indicator.Code, $"The code '{indicator.Code}' is used by more than one node: codes must be unique.");
            }
        }

        var roots = groups.Where(g => g.IsRoot).ToList();
        if (roots.Count == 0)
        {
            problems.Add(DataProblem.At(groups.IsEmpty ? locate(default) : locate(groups[0].Code), "The framework has no root: exactly one group (the index) must have no parent."));
        }

        foreach (var extra in roots.Skip(1))
        {
            Report(extra.Code, $"'{extra.Code}' has no parent, but '{roots[0].Code}' is already the root: exactly one group (the index) may have no parent.");
        }

        if (indicators.IsEmpty)
        {
            problems.Add(DataProblem.At(groups.IsEmpty ? locate(default) : locate(groups[0].Code), "The framework has no indicators (leaves)."));
        }

        foreach (var (code, parent) in parents)
        {
            if (parent is not { } p)
            {
                continue;
            }

            if (!parents.ContainsKey(p))
            {
                Report(code, $"The parent '{p}' of '{code}' is not defined: it is an orphan (add the parent or fix the code).");
            }
            else if (!groupCodes.Contains(p))
            {
                Report(code, $"The parent '{p}' of '{code}' is an indicator: only groups can have children.");
            }
        }

        ReportCycles(parents, Report);

        foreach (var indicator in indicators)
        {
            foreach (var input in indicator.Formula?.Inputs ?? [])
            {
                if (groupCodes.Contains(input))
                {
                    Report(indicator.Code, $"The formula {indicator.Formula} of '{indicator.Code}' reads the group '{input}': formulas read indicators or raw statistics.");
                }
            }
        }

        ReportFormulaCycles(indicators, Report);

        var childLists = new Dictionary<IndicatorCode, List<IndicatorCode>>();
        foreach (var code in groups.Select(g => g.Code).Concat(indicators.Select(i => i.Code)))
        {
            if (parents.TryGetValue(code, out var parent) && parent is { } p && groupCodes.Contains(p))
            {
                if (!childLists.TryGetValue(p, out var list))
                {
                    childLists[p] = list = [];
                }

                if (!list.Contains(code))
                {
                    list.Add(code);
                }
            }
        }

        if (problems.Count == 0)
        {
            var leafCodes = indicators.Select(i => i.Code).ToHashSet();
            foreach (var group in groups)
            {
                if (!HasLeafBelow(group.Code, childLists, leafCodes))
                {
                    Report(group.Code, $"The group '{group.Code}' has no indicators below it: every group needs at least one indicator (leaf).");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var root = roots[0];
        var orderedGroups = ImmutableArray.CreateBuilder<IndicatorGroup>(groups.Length);
        var orderedIndicators = ImmutableArray.CreateBuilder<Indicator>(indicators.Length);
        var groupMap = groups.ToDictionary(g => g.Code);
        var indicatorMap = indicators.ToDictionary(i => i.Code);
        var levels = new Dictionary<IndicatorCode, int>();
        void Visit(IndicatorCode code, int level)
        {
            levels[code] = level;
            if (groupMap.TryGetValue(code, out var group))
            {
                orderedGroups.Add(group);
                foreach (var child in childLists.GetValueOrDefault(code) ?? [])
                {
                    Visit(child, level + 1);
                }
            }
            else
            {
                orderedIndicators.Add(indicatorMap[code]);
            }
        }

        Visit(root.Code, 0);
        var frozenChildren = groups.ToFrozenDictionary(
            g => g.Code,
            g => (childLists.GetValueOrDefault(g.Code) ?? []).ToImmutableArray());
        return new IndicatorFramework(orderedGroups.MoveToImmutable(), orderedIndicators.MoveToImmutable(), frozenChildren, levels.ToFrozenDictionary());
    }

    /// <summary>Whether the framework has a group or an indicator with this code.</summary>
    /// <param name="code">The code.</param>
    public bool Contains(IndicatorCode code) => levels.ContainsKey(code);

    /// <summary>Whether a panel column with this code is meaningful: an indicator or a raw statistic read by a formula.</summary>
    /// <param name="code">The column code.</param>
    public bool IsKnownColumn(IndicatorCode code) => indicatorIndex.ContainsKey(code) || rawStatistics.Contains(code);

    /// <summary>Finds an indicator (leaf).</summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns>Whether the framework has an indicator with this code.</returns>
    public bool TryGetIndicator(IndicatorCode code, [NotNullWhen(true)] out Indicator? indicator)
    {
        var found = indicatorIndex.TryGetValue(code, out var i);
        indicator = found ? Indicators[i] : null;
        return found;
    }

    /// <summary>The indicator with this code.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <exception cref="KeyNotFoundException">There is no such indicator.</exception>
    public Indicator GetIndicator(IndicatorCode code) =>
        TryGetIndicator(code, out var indicator) ? indicator : throw new KeyNotFoundException($"The framework '{Root.Code}' has no indicator '{code}'.");

    /// <summary>The position of an indicator in <see cref="Indicators"/>, or −1.</summary>
    /// <param name="code">The indicator's code.</param>
    public int IndexOf(IndicatorCode code) => indicatorIndex.TryGetValue(code, out var i) ? i : -1;

    /// <summary>Finds a group.</summary>
    /// <param name="code">The group's code.</param>
    /// <param name="group">The group, when found.</param>
    /// <returns>Whether the framework has a group with this code.</returns>
    public bool TryGetGroup(IndicatorCode code, [NotNullWhen(true)] out IndicatorGroup? group) => groupsByCode.TryGetValue(code, out group);

    /// <summary>The codes of a group's children (groups and indicators), in order; empty for an indicator.</summary>
    /// <param name="code">The group's code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no node with this code.</exception>
    public ImmutableArray<IndicatorCode> ChildrenOf(IndicatorCode code) =>
        children.TryGetValue(code, out var list) ? list
        : indicatorIndex.ContainsKey(code) ? []
        : throw new KeyNotFoundException($"The framework '{Root.Code}' has no node '{code}'.");

    /// <summary>The indicators below a group at any depth, in order.</summary>
    /// <param name="code">The group's code.</param>
    public ImmutableArray<Indicator> IndicatorsUnder(IndicatorCode code) =>
        [.. Indicators.Where(i => PathOf(i.Code).Contains(code))];

    /// <summary>The level of a node: 0 for the root, 1 for first-level indicators, and so on.</summary>
    /// <param name="code">The node's code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no node with this code.</exception>
    public int LevelOf(IndicatorCode code) =>
        levels.TryGetValue(code, out var level) ? level : throw new KeyNotFoundException($"The framework '{Root.Code}' has no node '{code}'.");

    /// <summary>The codes from the root down to the node, both included.</summary>
    /// <param name="code">The node's code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no node with this code.</exception>
    public ImmutableArray<IndicatorCode> PathOf(IndicatorCode code)
    {
        var path = new List<IndicatorCode>();
        IndicatorCode? current = code;
        while (current is { } c)
        {
            path.Add(c);
            current = ParentOf(c);
        }

        path.Reverse();
        return [.. path];
    }

    /// <summary>The parent's code, or <see langword="null"/> for the root.</summary>
    /// <param name="code">The node's code.</param>
    /// <exception cref="KeyNotFoundException">The framework has no node with this code.</exception>
    public IndicatorCode? ParentOf(IndicatorCode code) =>
        indicatorIndex.TryGetValue(code, out var i) ? Indicators[i].ParentCode
        : groupsByCode.TryGetValue(code, out var g) ? g.ParentCode
        : throw new KeyNotFoundException($"The framework '{Root.Code}' has no node '{code}'.");

    /// <summary>The effective weight of an indicator (see <see cref="EffectiveWeights"/>).</summary>
    /// <param name="code">The indicator's code.</param>
    /// <exception cref="KeyNotFoundException">There is no such indicator.</exception>
    public double EffectiveWeightOf(IndicatorCode code) =>
        indicatorIndex.TryGetValue(code, out var i) ? EffectiveWeights[i] : throw new KeyNotFoundException($"The framework '{Root.Code}' has no indicator '{code}'.");

    /// <inheritdoc />
    public bool Equals(IndicatorFramework? other) =>
        other is not null && (ReferenceEquals(this, other) || (Groups.SequenceEqual(other.Groups) && Indicators.SequenceEqual(other.Indicators)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorFramework);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Root, Indicators.Length, Indicators[0]);

    /// <summary>The index's code and names with the number of groups and indicators.</summary>
    public override string ToString() => $"{Root.Code} {Root.NameZh} ({Root.NameEn}): {Groups.Length - 1} groups, {Indicators.Length} indicators";

    private static bool HasLeafBelow(IndicatorCode code, Dictionary<IndicatorCode, List<IndicatorCode>> childLists, HashSet<IndicatorCode> leaves) =>
        childLists.TryGetValue(code, out var list) && list.Any(c => leaves.Contains(c) || HasLeafBelow(c, childLists, leaves));

    private static void ReportCycles(Dictionary<IndicatorCode, IndicatorCode?> parents, Action<IndicatorCode, string> report)
    {
        var state = new Dictionary<IndicatorCode, bool>(); // false: on the current path, true: done
        foreach (var start in parents.Keys)
        {
            var path = new List<IndicatorCode>();
            IndicatorCode? current = start;
            while (current is { } c && parents.ContainsKey(c) && !state.ContainsKey(c))
            {
                state[c] = false;
                path.Add(c);
                current = parents[c];
            }

            if (current is { } hit && state.TryGetValue(hit, out var done) && !done)
            {
                var cycle = path.Skip(path.IndexOf(hit)).Append(hit).Select(x => x.Value);
                report(hit, $"The parents form a cycle: {string.Join(" → ", cycle)}. A framework must be a tree.");
            }

            foreach (var c in path)
            {
                state[c] = true;
            }
        }
    }

    /// <summary>
    /// Derived indicators may read other indicators, but not in a circle (a = ratio(b, …), b = growth(a)):
    /// such values can never be computed, and <see cref="Data.DerivedIndicators"/> would only say the inputs are missing.
    /// </summary>
    private static void ReportFormulaCycles(ImmutableArray<Indicator> indicators, Action<IndicatorCode, string> report)
    {
        var formulas = indicators.Where(i => i.Formula is not null).GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First().Formula!);
        var state = new Dictionary<IndicatorCode, bool>(); // false: on the current path, true: done
        var path = new List<IndicatorCode>();
        void Visit(IndicatorCode code)
        {
            if (state.TryGetValue(code, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(code)).Append(code).Select(x => x.Value);
                    report(code, $"The formulas read each other in a circle: {string.Join(" → ", cycle)}. None of these values could ever be computed.");
                }

                return;
            }

            state[code] = false;
            path.Add(code);
            foreach (var input in formulas.TryGetValue(code, out var formula) ? formula.Inputs : [])
            {
                if (formulas.ContainsKey(input))
                {
                    Visit(input);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[code] = true;
        }

        foreach (var code in formulas.Keys)
        {
            Visit(code);
        }
    }

    private double ComputeEffectiveWeight(IndicatorCode parent, double weight)
    {
        var share = weight / SiblingWeightSum(parent);
        IndicatorCode? current = parent;
        while (current is { } c && groupsByCode[c].ParentCode is { } up)
        {
            share *= groupsByCode[c].Weight / SiblingWeightSum(up);
            current = up;
        }

        return share;
    }

    private double SiblingWeightSum(IndicatorCode parent) =>
        children[parent].Sum(c => indicatorIndex.TryGetValue(c, out var i) ? Indicators[i].Weight : groupsByCode[c].Weight);
}
