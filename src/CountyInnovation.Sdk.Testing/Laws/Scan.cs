namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>Finds the first county whose output breaks a law, so the verdict can name it.</summary>
internal static class Scan
{
    public static int FirstIndex(IReadOnlyList<double> values, Func<double, bool> bad) => FirstIndex(values, (v, _) => bad(v));

    public static int FirstIndex(IReadOnlyList<double> values, Func<double, int, bool> bad)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (bad(values[i], i))
            {
                return i;
            }
        }

        return -1;
    }
}
