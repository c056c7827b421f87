// A consumer that breaks each rule once. The package tests build it against the packed SDK and
// expect every diagnostic below in the build output (ID, message, help link).
using System.Collections.Immutable;
using CountyInnovation.Sdk;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Weighting;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace Consumer;

public static class Violations
{
    public static MeasureNumber Measure() => MeasureNumber.From(29);

    public static Share Share() => CountyInnovation.Sdk.Share.From(95);

    public static SectionNumber Section() => default;

    public static CountyCode County() => CountyCode.Parse("130100");

    public static DocumentNumber Document() => DocumentNumber.Parse("冀政办字[2019]9号");

    public static ResponsibleUnit Unit() => ResponsibleUnits.Get("省科技局");

    public static FixedWeighting Weights() => FixedWeighting.Create([8, -6, 6]);

    public static ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
        ProgressChartMethod.Default.Assess(goal, series, LocalDate.FromDateTime(DateTime.Now));

    public static TrackedTarget Colleges() => TrackedTarget.Create(
        "M19-1", MeasureNumber.From(19), "25 higher vocational colleges", NumericRule.For(NumericGoal.Reach(25, new LocalDate(2026, 12, 31))));

    public static MethodConfiguration Geometric() => MethodConfiguration.Default
        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

    public static void Rename(MethodConfiguration configuration) => configuration.WithName("alternative");
}

public sealed class JitterWeighting : IWeighting
{
    public string Name => "jitter";

    public bool IsDataDriven => false;

    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities) =>
        [new Random().NextDouble()];
}
