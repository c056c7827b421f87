namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>Floating-point comparisons the laws share: NaN equals NaN (missing stays missing), else a relative tolerance.</summary>
internal static class Tolerance
{
    public const double Relative = 1e-9;

    public static bool Close(double a, double b) =>
        double.IsNaN(a) || double.IsNaN(b)
            ? double.IsNaN(a) && double.IsNaN(b)
            : Math.Abs(a - b) <= Relative * (1 + Math.Max(Math.Abs(a), Math.Abs(b)));

    public static bool AtMost(double a, double b) => a <= b || Close(a, b);

    public static bool Identical(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
