using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Policy;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// FsCheck arbitraries for the SDK's types, for property-test parameters:
/// <c>[Property(Arbitrary = new[] { typeof(SdkArbitraries) })]</c> with FsCheck.Xunit, or
/// <c>ArbMap.Default.Merge&lt;SdkArbitraries&gt;()</c> elsewhere. Dates are inside the plan horizon.
/// </summary>
public static class SdkArbitraries
{
    /// <summary>Valid county codes, shrinking towards 130102.</summary>
    public static Arbitrary<CountyCode> CountyCode() => Arb.From(PolicyValues.CountyCodes(), PolicyValues.Shrink);

    /// <summary>Percentages, shrinking towards 0 % and whole numbers.</summary>
    public static Arbitrary<Percentage> Percentage() => Arb.From(PolicyValues.Percentages(), PolicyValues.Shrink);

    /// <summary>Shares between 0 and 1.</summary>
    public static Arbitrary<Share> Share() => Arb.From(PolicyValues.Shares());

    /// <summary>Measure numbers 1–28, shrinking towards 1.</summary>
    public static Arbitrary<MeasureNumber> MeasureNumber() =>
        Arb.From(PolicyValues.MeasureNumbers(), m => Enumerable.Range(Policy.MeasureNumber.MinValue, m.Value - Policy.MeasureNumber.MinValue).Select(Policy.MeasureNumber.From));

    /// <summary>Section numbers 1–8, shrinking towards 1.</summary>
    public static Arbitrary<SectionNumber> SectionNumber() =>
        Arb.From(PolicyValues.SectionNumbers(), s => Enumerable.Range(Policy.SectionNumber.MinValue, s.Value - Policy.SectionNumber.MinValue).Select(Policy.SectionNumber.From));

    /// <summary>Dates inside the plan horizon 2019-01-01 to 2025-12-31, shrinking towards its start.</summary>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(PolicyValues.PlanDates(), PolicyValues.Shrink);
}
