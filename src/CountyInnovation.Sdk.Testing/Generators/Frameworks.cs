using CountyInnovation.Sdk.Indicators;
using FsCheck;
using FsCheck.Fluent;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// Generators of indicator frameworks (指标体系): an index over 1–4 first-level indicators, each over
/// 1–4 quantitative indicators with a direction (about one in four "less is better"), a weight and,
/// half the time, goalposts. Codes are short (<c>g1</c>, <c>i1_2</c>) so counterexamples stay readable.
/// </summary>
public static class Frameworks
{
    /// <summary>A valid framework.</summary>
    public static Gen<IndicatorFramework> Generator() =>
        from groupCount in Gen.Choose(1, 4)
        from groupWeights in Gen.ArrayOf(Gen.Choose(1, 10), groupCount)
        from shapes in Gen.ArrayOf(IndicatorShapes(), groupCount)
        from withGoalposts in Gen.Elements(true, false)
        select Build(groupWeights, shapes, withGoalposts);

    /// <summary>Frameworks (not shrunk: counterexamples shrink the panel instead).</summary>
    public static Arbitrary<IndicatorFramework> Arbitrary() => Arb.From(Generator());

    private static Gen<(IndicatorDirection Direction, int Weight, int High)[]> IndicatorShapes() =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(
            from direction in Gen.Frequency((3, Gen.Constant(IndicatorDirection.MoreIsBetter)), (1, Gen.Constant(IndicatorDirection.LessIsBetter)))
            from weight in Gen.Choose(1, 5)
            from high in Gen.Elements(10, 50, 100, 1000)
            select (direction, weight, high),
            n));

    private static IndicatorFramework Build(int[] groupWeights, (IndicatorDirection Direction, int Weight, int High)[][] shapes, bool withGoalposts)
    {
        var root = IndicatorCode.Parse("idx");
        var groups = new List<IndicatorGroup> { IndicatorGroup.Root(root, "指数", "Index") };
        var indicators = new List<Indicator>();
        for (var g = 0; g < groupWeights.Length; g++)
        {
            var group = IndicatorCode.Parse($"g{g + 1}");
            groups.Add(IndicatorGroup.Create(group, root, $"一级{g + 1}", $"Pillar {g + 1}", groupWeights[g]));
            for (var i = 0; i < shapes[g].Length; i++)
            {
                var (direction, weight, high) = shapes[g][i];
                indicators.Add(Indicator.Create(
                    IndicatorCode.Parse($"i{g + 1}_{i + 1}"),
                    group,
                    $"指标{g + 1}.{i + 1}",
                    $"Indicator {g + 1}.{i + 1}",
                    string.Empty,
                    direction,
                    weight,
                    goalposts: withGoalposts ? Goalposts.Of(0, high) : null));
            }
        }

        return IndicatorFramework.Create(groups, indicators, "generated");
    }
}
