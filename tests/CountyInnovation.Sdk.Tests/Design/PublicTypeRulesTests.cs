using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Targets;

namespace CountyInnovation.Sdk.Tests.Design;

/// <summary>Holds every public type of the library to <see cref="PublicTypeRules"/>.</summary>
public class PublicTypeRulesTests
{
    [Fact]
    public void The_rules_see_the_library_types() =>
        Assert.Contains(typeof(MeasureNumber), PublicTypeRules.Checked);

    [Fact]
    public void Public_types_are_immutable() =>
        Assert.Empty(PublicTypeRules.Checked.SelectMany(PublicTypeRules.MutabilityViolations));

    [Fact]
    public void Public_types_are_built_by_validating_factories() =>
        Assert.Empty(PublicTypeRules.Checked.SelectMany(PublicTypeRules.ConstructionViolations));

    [Fact]
    public void Public_types_have_value_equality() =>
        Assert.Empty(PublicTypeRules.Checked.SelectMany(PublicTypeRules.EqualityViolations));

    [Fact]
    public void Public_types_expose_only_immutable_collections() =>
        Assert.Empty(PublicTypeRules.Checked.SelectMany(PublicTypeRules.CollectionViolations));

    // The rules must be able to fail: each catches a type built to break it.
    private struct MutableStruct : IEquatable<MutableStruct>
    {
        public int Field = 1;

        public MutableStruct()
        {
        }

        public readonly bool Equals(MutableStruct other) => Field == other.Field;
    }

    private class OpenClass
    {
        public int Value { get; set; }

        public int[] Items { get; } = [];
    }

    [Fact]
    public void The_rules_catch_what_they_forbid()
    {
        Assert.Contains(PublicTypeRules.MutabilityViolations(typeof(MutableStruct)), v => v.Contains("writable public field", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.MutabilityViolations(typeof(MutableStruct)), v => v.Contains("not declared readonly", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.MutabilityViolations(typeof(OpenClass)), v => v.Contains("setter", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.ConstructionViolations(typeof(OpenClass)), v => v.Contains("parameterless", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.ConstructionViolations(typeof(OpenClass)), v => v.Contains("sealed", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.EqualityViolations(typeof(OpenClass)), v => v.Contains("IEquatable", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.EqualityViolations(typeof(MutableStruct)), v => v.Contains("override", StringComparison.Ordinal));
        Assert.Contains(PublicTypeRules.CollectionViolations(typeof(OpenClass)), v => v.Contains("mutable collection", StringComparison.Ordinal));
    }

    [Fact]
    public void Exemptions_are_by_kind()
    {
        Assert.Equal("enum", PublicTypeRules.KindExemption(typeof(UnitRole)));
        Assert.Equal("static class", PublicTypeRules.KindExemption(typeof(PolicyCatalogue)));
        Assert.Equal("exception", PublicTypeRules.KindExemption(typeof(DocumentNumberFormatException)));
        Assert.True(PublicTypeRules.IsExtensionPointBase(typeof(Target)));
        Assert.Null(PublicTypeRules.KindExemption(typeof(Percentage)));
    }
}
