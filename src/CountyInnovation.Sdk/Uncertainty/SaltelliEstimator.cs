namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// First-order and total sensitivity indices from the outputs of a <see cref="SaltelliDesign"/>:
/// V = var([y_A; y_B]) (population variance of the 2N outputs),
/// S_i = (1/N) Σ y_B (y_ABi − y_A) / V (Saltelli 2010), ST_i = Σ (y_A − y_ABi)² / (2N·V) (Jansen),
/// with percentile bootstrap 5–95 % intervals obtained by resampling the N row terms.
/// y_B is centred on the mean of [y_A; y_B] in the first-order sum: the expectation is unchanged
/// (E[y_ABi − y_A] = 0) but the sampling error no longer grows with the output's mean, as SALib
/// does by standardising the outputs. Base rows with a failed run (NaN) are left out.
/// </summary>
internal static class SaltelliEstimator
{
    /// <summary>Estimates the indices of every group from the outputs laid out as in the design.</summary>
    /// <param name="outputs">y for the N(d + 2) rows of the design, in design order.</param>
    /// <param name="baseRuns">N.</param>
    /// <param name="names">The name of each group (assumption); d entries.</param>
    /// <param name="resamples">Bootstrap resamples (0: no intervals, bounds NaN).</param>
    /// <param name="seed">Seed of the bootstrap stream.</param>
    public static SensitivityIndex[] Estimate(ReadOnlySpan<double> outputs, int baseRuns, IReadOnlyList<string> names, int resamples, ulong seed)
    {
        var groups = names.Count;
        if (outputs.Length != baseRuns * (groups + 2))
        {
            throw new ArgumentException($"Expected {baseRuns * (groups + 2)} outputs for N = {baseRuns} and d = {groups}.", nameof(outputs));
        }

        var yA = outputs[..baseRuns];
        var yB = outputs.Slice(baseRuns, baseRuns);

        // A base row whose A, B or any A_B^(i) run failed (NaN) is left out of every estimate.
        var valid = new List<int>(baseRuns);
        for (var j = 0; j < baseRuns; j++)
        {
            var ok = !double.IsNaN(yA[j]) && !double.IsNaN(yB[j]);
            for (var g = 0; g < groups && ok; g++)
            {
                ok = !double.IsNaN(outputs[((2 + g) * baseRuns) + j]);
            }

            if (ok)
            {
                valid.Add(j);
            }
        }

        var all = valid.ToArray();
        var samples = new int[all.Length < 2 ? 0 : resamples][];
        var random = RandomStream.ForPurpose(seed, 0xB007);
        for (var s = 0; s < samples.Length; s++)
        {
            var draw = new int[all.Length];
            for (var j = 0; j < draw.Length; j++)
            {
                draw[j] = all[random.NextInt(all.Length)];
            }

            samples[s] = draw;
        }

        var result = new SensitivityIndex[groups];
        var firstBoot = new double[samples.Length];
        var totalBoot = new double[samples.Length];
        for (var g = 0; g < groups; g++)
        {
            var yAB = outputs.Slice((2 + g) * baseRuns, baseRuns);
            var (first, total) = all.Length < 2 ? (double.NaN, double.NaN) : Indices(yA, yB, yAB, all);
            for (var s = 0; s < samples.Length; s++)
            {
                (firstBoot[s], totalBoot[s]) = Indices(yA, yB, yAB, samples[s]);
            }

            result[g] = SensitivityIndex.Create(
                names[g],
                first,
                Interval(firstBoot),
                total,
                Interval(totalBoot));
        }

        return result;
    }

    private static (double First, double Total) Indices(ReadOnlySpan<double> yA, ReadOnlySpan<double> yB, ReadOnlySpan<double> yAB, int[] rows)
    {
        var n = rows.Length;
        double mean = 0;
        foreach (var j in rows)
        {
            mean += yA[j] + yB[j];
        }

        mean /= 2 * n;
        double variance = 0;
        double first = 0;
        double total = 0;
        foreach (var j in rows)
        {
            var da = yA[j] - mean;
            var db = yB[j] - mean;
            variance += (da * da) + (db * db);
            first += db * (yAB[j] - yA[j]);
            var shift = yA[j] - yAB[j];
            total += shift * shift;
        }

        variance /= 2 * n;
        if (variance == 0.0)
        {
            return (double.NaN, double.NaN);
        }

        return (first / n / variance, total / (2.0 * n) / variance);
    }

    private static (double Lower, double Upper) Interval(double[] values)
    {
        if (values.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        return sorted.Length == 0
            ? (double.NaN, double.NaN)
            : (SampleQuantile.Type7(sorted, 0.05), SampleQuantile.Type7(sorted, 0.95));
    }
}
