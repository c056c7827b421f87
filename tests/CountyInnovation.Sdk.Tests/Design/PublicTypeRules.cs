using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CountyInnovation.Sdk.Tests.Design;

/// <summary>
/// The design rules every public type of the CountyInnovation.Sdk assembly is held to, in the manner
/// of NodaTime's own tests, and the only exemptions. Whoever adds a public type is held to them by
/// <see cref="PublicTypeRulesTests"/>; change the rules here, in one place, and say why.
/// </summary>
internal static class PublicTypeRules
{
    /// <summary>
    /// Types exempted by name, each with its reason. Keep this empty unless a type truly cannot follow
    /// the rules; the kinds of type below are exempt already.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> Exempt = new Dictionary<Type, string>();

    /// <summary>The public types of the library.</summary>
    public static IEnumerable<Type> PublicTypes =>
        typeof(Percentage).Assembly.GetTypes().Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Kinds of type that carry no value semantics and are exempt from every rule.</summary>
    public static string? KindExemption(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
        _ when typeof(Exception).IsAssignableFrom(type) => "exception",
        _ when typeof(Attribute).IsAssignableFrom(type) => "attribute",
        _ => null,
    };

    /// <summary>Whether the type is an abstract extension-point base: exempt from the constructor, sealing and equality rules, not from immutability.</summary>
    public static bool IsExtensionPointBase(Type type) => type is { IsAbstract: true, IsSealed: false, IsInterface: false };

    /// <summary>The types each rule applies to.</summary>
    public static IEnumerable<Type> Checked => PublicTypes.Where(t => KindExemption(t) is null && !Exempt.ContainsKey(t));

    /// <summary>Immutable: no public setter (init included), no public writable field, structs declared <c>readonly</c>.</summary>
    public static IEnumerable<string> MutabilityViolations(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(all))
        {
            if (property.SetMethod is { IsPublic: true } || property.SetMethod is { IsFamily: true })
            {
                yield return $"{type.FullName}.{property.Name} has a public or protected setter";
            }
        }

        foreach (var field in type.GetFields(all))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                yield return $"{type.FullName}.{field.Name} is a writable public field";
            }
        }

        if (type.IsValueType && type.GetCustomAttribute<IsReadOnlyAttribute>() is null)
        {
            yield return $"{type.FullName} is a struct not declared readonly";
        }
    }

    /// <summary>No public parameterless constructor (that would bypass the validating factories); non-abstract classes sealed.</summary>
    public static IEnumerable<string> ConstructionViolations(Type type)
    {
        if (IsExtensionPointBase(type))
        {
            yield break;
        }

        if (type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
        {
            yield return $"{type.FullName} has a public parameterless constructor";
        }

        if (type.IsClass && !type.IsSealed)
        {
            yield return $"{type.FullName} is a class that is neither sealed nor abstract";
        }
    }

    /// <summary>Value equality: implements <c>IEquatable&lt;T&gt;</c> of itself and overrides <c>Equals(object)</c> and <c>GetHashCode</c>.</summary>
    public static IEnumerable<string> EqualityViolations(Type type)
    {
        if (IsExtensionPointBase(type) || type.IsGenericTypeDefinition)
        {
            yield break;
        }

        if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            yield return $"{type.FullName} does not implement IEquatable<{type.Name}>";
        }

        if (IsInheritedFromRoot(type.GetMethod(nameof(Equals), [typeof(object)]))
            || IsInheritedFromRoot(type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)))
        {
            yield return $"{type.FullName} does not override Equals(object) and GetHashCode()";
        }
    }

    /// <summary>Public properties never expose mutable collections (arrays, List, Dictionary, HashSet).</summary>
    public static IEnumerable<string> CollectionViolations(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var t = property.PropertyType;
            var mutable = t.IsArray
                || (t.IsGenericType && t.GetGenericTypeDefinition() is var g
                    && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>)))
                || (!t.IsInterface && typeof(IList).IsAssignableFrom(t) && !IsImmutableCollection(t));
            if (mutable)
            {
                yield return $"{type.FullName}.{property.Name} exposes a mutable collection ({t.Name})";
            }
        }
    }

    private static bool IsInheritedFromRoot(MethodInfo? method) =>
        method?.DeclaringType == typeof(object) || method?.DeclaringType == typeof(ValueType);

    private static bool IsImmutableCollection(Type t) =>
        t.Namespace == typeof(ImmutableArray).Namespace || t.Name.StartsWith("ReadOnly", StringComparison.Ordinal);
}
