using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Policy;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CountyInnovation.Sdk.Testing.Generators;

/// <summary>
/// Generators of the SDK's value types, each shrinking towards the simplest valid value:
/// county codes towards 130102 (石家庄市长安区), percentages towards 0 and round numbers,
/// measure and section numbers towards 1, dates towards the start of the plan horizon.
/// </summary>
public static class PolicyValues
{
    /// <summary>The first day of the County S&amp;T Innovation Leap Plan (2019-01-01).</summary>
    public static LocalDate PlanStart { get; } = new(2019, 1, 1);

    /// <summary>The last day of the County S&amp;T Innovation Leap Plan (2025-12-31).</summary>
    public static LocalDate PlanEnd { get; } = new(2025, 12, 31);

    private static readonly int[] Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
    ];

    /// <summary>
    /// A valid GB/T 2260 county-level code in Hebei (13): one of its 11 prefecture-level cities
    /// (01–11) and a county part in the ranges the standard uses: districts 02–20, counties 21–70,
    /// county-level cities 81–99. Development zones (71–79) are excluded.
    /// </summary>
    public static Gen<CountyCode> HebeiCountyCodes() => CountyCodeIn(Gen.Constant(CountyCode.HebeiProvince), 11);

    /// <summary>A valid GB/T 2260 county-level code anywhere in mainland China (Hebei three times as often).</summary>
    public static Gen<CountyCode> CountyCodes() =>
        Gen.Frequency((3, HebeiCountyCodes()), (1, CountyCodeIn(Gen.Elements(Provinces), 30)));

    /// <summary>Shrinks a county code towards 130102: smaller province, city and county parts.</summary>
    /// <param name="code">The code to shrink.</param>
    public static IEnumerable<CountyCode> Shrink(CountyCode code)
    {
        int[] candidates =
        [
            130102,
            (CountyCode.HebeiProvince * 10000) + (code.CityPart * 100) + code.CountyPart,
            code.ProvinceCode + 100 + code.CountyPart,
            code.CityCode + 2,
        ];
        return candidates.Where(c => c < code.Value || (c != code.Value && code.ProvincePart != CountyCode.HebeiProvince))
            .Distinct()
            .Select(CountyCode.From);
    }

    /// <summary>A percentage (0–100 %): the bounds, whole numbers or one decimal place.</summary>
    public static Gen<Percentage> Percentages() =>
        Gen.Frequency(
            (1, Gen.Elements(0.0, 100.0)),
            (4, Gen.Choose(0, 100).Select(i => (double)i)),
            (4, Gen.Choose(0, 1000).Select(i => i / 10.0)))
        .Select(Percentage.From);

    /// <summary>Shrinks a percentage towards 0 %, then whole numbers.</summary>
    /// <param name="percentage">The value to shrink.</param>
    public static IEnumerable<Percentage> Shrink(Percentage percentage) =>
        Columns.SimplerValues(percentage.Value, ValueDomain.NonNegative).Select(Percentage.From);

    /// <summary>A share (0–1): the bounds or two decimal places.</summary>
    public static Gen<Share> Shares() =>
        Gen.Frequency((1, Gen.Elements(0.0, 1.0)), (4, Gen.Choose(0, 100).Select(i => i / 100.0))).Select(Share.From);

    /// <summary>One of the 28 measure numbers (第1条–第28条).</summary>
    public static Gen<MeasureNumber> MeasureNumbers() => Gen.Choose(MeasureNumber.MinValue, MeasureNumber.MaxValue).Select(MeasureNumber.From);

    /// <summary>One of the 8 section numbers.</summary>
    public static Gen<SectionNumber> SectionNumbers() => Gen.Choose(SectionNumber.MinValue, SectionNumber.MaxValue).Select(SectionNumber.From);

    /// <summary>A date inside the plan horizon, <see cref="PlanStart"/> to <see cref="PlanEnd"/> inclusive; year ends and starts are favoured, as deadlines fall there.</summary>
    public static Gen<LocalDate> PlanDates()
    {
        var days = Period.Between(PlanStart, PlanEnd, PeriodUnits.Days).Days;
        var anyDay = Gen.Choose(0, days).Select(d => PlanStart.PlusDays(d));
        var yearEnd = Gen.Choose(PlanStart.Year, PlanEnd.Year).Select(y => new LocalDate(y, 12, 31));
        var yearStart = Gen.Choose(PlanStart.Year, PlanEnd.Year).Select(y => new LocalDate(y, 1, 1));
        return Gen.Frequency((6, anyDay), (2, yearEnd), (1, yearStart));
    }

    /// <summary>Shrinks a plan date towards <see cref="PlanStart"/>: the first of its year, then earlier years.</summary>
    /// <param name="date">The date to shrink.</param>
    public static IEnumerable<LocalDate> Shrink(LocalDate date)
    {
        if (date != PlanStart)
        {
            yield return PlanStart;
        }

        var firstOfYear = new LocalDate(date.Year, 1, 1);
        if (firstOfYear != date && firstOfYear != PlanStart)
        {
            yield return firstOfYear;
        }

        if (date.Year > PlanStart.Year)
        {
            yield return date.PlusYears(-1);
        }
    }

    private static Gen<CountyCode> CountyCodeIn(Gen<int> province, int cities) =>
        from p in province
        from city in Gen.Choose(1, cities)
        from county in Gen.Frequency(
            (4, Gen.Choose(2, 20)),
            (5, Gen.Choose(21, 70)),
            (2, Gen.Choose(81, 99)))
        select CountyCode.From((p * 10000) + (city * 100) + county);
}
