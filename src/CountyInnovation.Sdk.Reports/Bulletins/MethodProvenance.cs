using System.Security.Cryptography;
using System.Text;
using CountyInnovation.Sdk.Evaluation;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>
/// The honest name of an evaluation's method. A method file without a <c>name</c> starts from the
/// default method and keeps its name "default"; a bulletin must not call such a changed method
/// "default", so it is shown as <c>custom-</c> and the first 12 hexadecimal digits of the SHA-256 of
/// its canonical JSON (<see cref="MethodConfigurationJson.Write"/>): two bulletins with the same hash
/// used the same method.
/// </summary>
public static class MethodProvenance
{
    /// <summary>The prefix of the name of an unnamed custom method.</summary>
    public const string CustomPrefix = "custom-";

    /// <summary>The method's name as bulletins show it.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Its own name; <c>default</c> only for the SDK's default method; <c>custom-</c> and its hash for a changed method still named "default".</returns>
    public static string NameOf(MethodConfiguration method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return IsUnnamedCustom(method) ? CustomPrefix + ContentHash(method) : method.Name;
    }

    /// <summary>Whether the method differs from the default method while still carrying its name.</summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> for a changed method named "default".</returns>
    public static bool IsUnnamedCustom(MethodConfiguration method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return string.Equals(method.Name, MethodConfiguration.Default.Name, StringComparison.Ordinal) && !method.Equals(MethodConfiguration.Default);
    }

    /// <summary>The first 12 hexadecimal digits (lower case) of the SHA-256 of the method's canonical JSON.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The hash.</returns>
    public static string ContentHash(MethodConfiguration method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var json = MethodConfigurationJson.Write(method).ReplaceLineEndings("\n");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12].ToLowerInvariant();
    }
}
