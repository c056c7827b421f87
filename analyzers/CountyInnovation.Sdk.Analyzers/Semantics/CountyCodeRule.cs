using System;
using System.Globalization;

namespace CountyInnovation.Sdk.Analyzers.Semantics;

/// <summary>
/// The county-code rule of <c>CountyCode.Parse</c>/<c>CountyCode.From</c>, restated for the compiler
/// (the SDK's own check cannot be loaded into it): six ASCII digits <c>PPCCDD</c>, a GB/T 2260
/// province <c>PP</c>, a city part <c>CC</c> and a county part <c>DD</c> other than 00. A test holds
/// it to the run-time rule over every six-digit number.
/// </summary>
internal static class CountyCodeRule
{
    private static readonly int[] ProvinceParts =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    /// <summary>Why the text is not a county code, or <see langword="null"/> when it is one.</summary>
    internal static string? Check(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length != 6)
        {
            return "expected six ASCII digits PPCCDD, e.g. 130102";
        }

        foreach (var c in trimmed)
        {
            if (c < '0' || c > '9')
            {
                return "expected six ASCII digits PPCCDD, e.g. 130102";
            }
        }

        return Check(int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>Why the number is not a county code, or <see langword="null"/> when it is one.</summary>
    internal static string? Check(long value)
    {
        if (value is < 100000 or > 999999)
        {
            return "a GB/T 2260 code has six digits PPCCDD, e.g. 130102";
        }

        var province = (int)(value / 10000);
        if (Array.IndexOf(ProvinceParts, province) < 0)
        {
            return $"{province:D2} is not a GB/T 2260 province code (Hebei is 13)";
        }

        if (value / 100 % 100 == 0)
        {
            return "its city part CC is 00, which makes it a province-level code";
        }

        return value % 100 == 0
            ? "its county part DD is 00, which makes it a city-level code"
            : null;
    }
}
