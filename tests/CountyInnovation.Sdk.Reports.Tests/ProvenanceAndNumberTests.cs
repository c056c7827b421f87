using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Bulletins;
using CountyInnovation.Sdk.Reports.Localization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Reports.Tests;

public sealed class ProvenanceAndNumberTests
{
    [Fact]
    public void The_default_method_is_called_default()
    {
        Assert.Equal("default", MethodProvenance.NameOf(MethodConfiguration.Default));
        Assert.False(MethodProvenance.IsUnnamedCustom(MethodConfiguration.Default));
    }

    [Fact]
    public void A_changed_method_still_named_default_is_custom_with_a_stable_content_hash()
    {
        var changed = MethodConfiguration.Default.WithScreeningThreshold(0.5);
        var again = MethodConfiguration.Default.WithScreeningThreshold(0.5);
        var other = MethodConfiguration.Default.WithScreeningThreshold(0.6);

        var name = MethodProvenance.NameOf(changed);

        Assert.StartsWith(MethodProvenance.CustomPrefix, name, StringComparison.Ordinal);
        Assert.Equal(MethodProvenance.CustomPrefix.Length + 12, name.Length);
        Assert.Equal(name, MethodProvenance.NameOf(again));
        Assert.NotEqual(name, MethodProvenance.NameOf(other));
    }

    [Fact]
    public void A_named_method_keeps_its_name() =>
        Assert.Equal("entropy-2024", MethodProvenance.NameOf(MethodConfiguration.Default.WithScreeningThreshold(0.5).WithName("entropy-2024")));

    [Fact]
    public void The_default_method_meets_its_thresholds()
    {
        var bulletin = ReportFixtures.Sample;

        Assert.Empty(bulletin.Warnings(ReportLanguage.English));
    }

    [Theory]
    [InlineData("z-score")]
    [InlineData("rank")]
    public void An_unbounded_normalisation_without_final_scaling_is_warned_about(string normalisation)
    {
        var method = MethodConfiguration.Default.WithNormalisation(MethodChoice.Of(normalisation));
        var result = ReportFixtures.Sample.Result;
        var bulletin = Bulletin.Create(EvaluationResult.FromScores(result.Year, result.Counties.Select(c => (c.Code, c.Name, c.City, c.Score))));

        Assert.Null(ScaleCheck.Problem(MethodConfiguration.Default, ReportText.For(ReportLanguage.English)));
        var problem = ScaleCheck.Problem(method, ReportText.For(ReportLanguage.English));
        Assert.NotNull(problem);
        Assert.Contains(normalisation, problem, StringComparison.Ordinal);
        Assert.Empty(bulletin.Warnings(ReportLanguage.English));
    }

    [Fact]
    public void A_bounded_normalisation_below_the_A_threshold_is_warned_about_and_a_final_scaling_cures_it()
    {
        var text = ReportText.For(ReportLanguage.ChineseSimplified);
        var fraction = MethodConfiguration.Default.WithNormalisation(MethodChoice.Of("percentile-rank"));

        Assert.Contains("1", ScaleCheck.Problem(fraction, text), StringComparison.Ordinal);
        Assert.Null(ScaleCheck.Problem(fraction.WithFinalScaling(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100))), text));
    }

    [Fact]
    public void Summation_noise_is_removed()
    {
        Assert.Equal(100, ReportNumber.Clean(99.99999999999999));
        Assert.Equal(0.3, ReportNumber.Clean(0.1 + 0.2));
        Assert.Equal("100", ReportNumber.Text(99.99999999999999));
        Assert.Equal(string.Empty, ReportNumber.Text(double.NaN));
    }

    [Property]
    public Property Cleaning_keeps_15_significant_digits_and_is_idempotent(NormalFloat value)
    {
        var x = value.Get;
        var clean = ReportNumber.Clean(x);
        return (Math.Abs(clean - x) <= Math.Abs(x) * 1e-14 && ReportNumber.Clean(clean).Equals(clean)).ToProperty();
    }
}
