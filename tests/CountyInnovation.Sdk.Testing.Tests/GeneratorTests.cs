using System.Collections.Immutable;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CountyInnovation.Sdk.Testing.Tests;

[Properties(Arbitrary = [typeof(SdkArbitraries)], MaxTest = 300)]
public sealed class GeneratorTests
{
    [Property]
    public bool County_codes_are_valid_county_level_codes_that_round_trip(CountyCode code) =>
        CountyCode.Parse(code.ToString()) == code && code.CountyPart != 0 && code.CityPart != 0 && !code.IsDevelopmentZone;

    [Property]
    public bool County_codes_shrink_to_valid_codes_smaller_than_the_original(CountyCode code) =>
        PolicyValues.Shrink(code).All(s => s != code && CountyCode.Parse(s.ToString()) == s);

    [Property]
    public bool Percentages_stay_in_0_to_100(Percentage percentage) => percentage.Value is >= 0 and <= 100;

    [Property]
    public bool Measure_numbers_name_one_of_the_28_measures(MeasureNumber measure) => measure.Value is >= 1 and <= 28;

    [Property]
    public bool Section_numbers_name_one_of_the_8_sections(SectionNumber section) => section.Value is >= 1 and <= 8;

    [Property]
    public bool Dates_lie_inside_the_plan_horizon(LocalDate date) =>
        date >= new LocalDate(2019, 1, 1) && date <= new LocalDate(2025, 12, 31);

    [Property]
    public Property Columns_respect_their_options(ValueDomain domain, bool allowMissing, bool allowConstant, PositiveInt minLength)
    {
        var options = ColumnOptions.Default.WithDomain(domain).WithMissing(allowMissing).WithConstantColumns(allowConstant).WithMinLength(Math.Min(minLength.Get, 6));
        return Prop.ForAll(Columns.Arbitrary(options), column =>
            column.Length >= options.MinLength
            && column.All(options.Admits)
            && (allowConstant || column.Where(v => !double.IsNaN(v)).Distinct().Count() > 1));
    }

    [Property]
    public Property Column_shrinks_keep_the_options_and_get_simpler(ValueDomain domain)
    {
        var options = ColumnOptions.Default.WithDomain(domain).WithMinLength(2);
        return Prop.ForAll(Columns.Arbitrary(options), column =>
            Columns.Shrink(column, options).All(s =>
                s.Length >= 2 && s.All(options.Admits) && (s.Length < column.Length || !s.SequenceEqual(column))));
    }

    [Fact]
    public void Generated_columns_have_the_shapes_of_real_statistics()
    {
        var columns = Gen.Sample(Columns.Column(), 500, new Rnd(42UL), 30);

        Assert.Contains(columns, c => c.Any(double.IsNaN));
        Assert.Contains(columns, c => c.Length > 3 && c.Distinct().Count() == 1);
        Assert.Contains(columns, c => c.Any(v => v >= 500));
        Assert.Contains(columns, c => c.Any(v => v < 0));
        Assert.Contains(columns, c => c.Any(v => v != Math.Round(v)));
    }

    [Fact]
    public void Simpler_values_move_towards_the_domain_origin()
    {
        Assert.Equal([0.0, 3.0, 1.0], Columns.SimplerValues(2.75, ValueDomain.Real));
        Assert.Equal([1.0], Columns.SimplerValues(double.NaN, ValueDomain.Positive));
        Assert.Empty(Columns.SimplerValues(0, ValueDomain.Real));
    }

    [Property]
    public Property Weight_sets_are_positive_and_sum_to_1() =>
        Prop.ForAll(Weights.Arbitrary(), w => w.Length >= 1 && w.All(x => x > 0) && Math.Abs(w.Sum() - 1) < 1e-12);

    [Fact]
    public void Generated_frameworks_are_valid_and_varied()
    {
        var frameworks = Gen.Sample(Frameworks.Generator(), 100, new Rnd(7UL), 10);

        Assert.All(frameworks, f => Assert.NotEmpty(f.Indicators));
        Assert.Contains(frameworks, f => f.Indicators.Any(i => i.Direction == Indicators.IndicatorDirection.LessIsBetter));
        Assert.Contains(frameworks, f => f.Indicators.All(i => i.Goalposts is not null));
        Assert.Contains(frameworks, f => f.FirstLevel.Length > 1);
    }

    [Fact]
    public void Generated_panels_are_synthetic_and_have_counties_entering_leaving_and_twins()
    {
        var framework = Indicators.HebeiFramework.Default;
        var cases = Gen.Sample(PanelCase.Generator(framework), 200, new Rnd(11UL), 25);

        Assert.All(cases, c =>
        {
            var panel = c.Panel;
            Assert.True(panel.IsSynthetic);
            Assert.Equal(framework.Indicators.Length, panel.Indicators.Length);
            Assert.All(panel.Counties, county => Assert.True(county.Code.IsHebei));
        });
        Assert.Contains(cases, c => !c.Panel.AbsentCountyYears.IsEmpty);
        Assert.Contains(cases, c => !c.Panel.MissingCells.IsEmpty);
        Assert.Contains(cases, c => Enumerable.Range(1, c.Counties.Length - 1).Any(b => c.AreTwins(b - 1, b) || c.AreTwins(0, b)));
    }

    [Fact]
    public void Panel_shrinks_keep_a_valid_panel_and_the_improved_county()
    {
        var c = Gen.Sample(PanelCase.Generator(Indicators.HebeiFramework.Default), 10, new Rnd(3UL), 30)[0];

        Assert.All(PanelCase.Shrink(c).Take(50), s =>
        {
            _ = s.Panel;
            Assert.InRange(s.Unit, 0, s.Counties.Length - 1);
            Assert.True(s.Counties.Length < c.Counties.Length || !s.Values.SequenceEqual(c.Values));
        });
    }

    [Fact]
    public void Generated_method_configurations_vary_every_step()
    {
        var methods = Gen.Sample(MethodConfigurations.Generator(), 10, new Rnd(5UL), 40);

        Assert.True(methods.Select(m => m.Normalisation.Name).Distinct().Count() > 2);
        Assert.True(methods.Select(m => m.Levels[0].Weighting.Name).Distinct().Count() > 1);
        Assert.True(methods.Select(m => m.ClassThresholds).Distinct().Count() > 1);
    }
}
