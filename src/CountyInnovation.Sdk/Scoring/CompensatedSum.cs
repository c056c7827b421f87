namespace CountyInnovation.Sdk.Scoring;

/// <summary>
/// Neumaier's improved Kahan summation: a running sum whose rounding error does not grow with the
/// number of terms. Sequential and deterministic (same terms in the same order → same bits).
/// </summary>
internal struct CompensatedSum
{
    private double sum;
    private double compensation;

    public readonly double Value => sum + compensation;

    public void Add(double value)
    {
        var t = sum + value;
        if (Math.Abs(sum) >= Math.Abs(value))
        {
            compensation += (sum - t) + value;
        }
        else
        {
            compensation += (value - t) + sum;
        }

        sum = t;
    }
}
