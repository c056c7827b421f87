using System.Reflection;
using CountyInnovation.Sdk.Testing.Laws;

namespace CountyInnovation.Sdk.Testing.Tests;

/// <summary>The kit's public types follow the SDK's design rules: immutable, no public parameterless constructor, IEquatable&lt;T&gt;.</summary>
public sealed class PublicTypeDesignTests
{
    public static TheoryData<Type> PublicTypes =>
        [.. typeof(LawRunner).Assembly.GetTypes().Where(t => t.IsVisible && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_are_immutable_value_like_and_built_by_factories(Type type)
    {
        Assert.True(type.IsValueType || type.IsSealed, $"{type} should be sealed");
        Assert.Null(type.GetConstructor(Type.EmptyTypes) is { IsPublic: true } && !type.IsValueType ? type : null);
        var equatable = typeof(IEquatable<>).MakeGenericType(type);
        Assert.True(equatable.IsAssignableFrom(type), $"{type} should implement IEquatable<{type.Name}>");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);
        Assert.Empty(setters);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => f.Name);
        Assert.Empty(fields);
    }
}
