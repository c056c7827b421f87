namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// Counts finished runs across workers and reports them in order; time comes only from the
/// injected <see cref="TimeProvider"/>, and only for the rate shown to the user.
/// </summary>
internal sealed class ProgressMeter
{
    private readonly IProgress<UncertaintyProgress>? _progress;
    private readonly TimeProvider? _time;
    private readonly long _start;
    private readonly int _total;
    private readonly object _gate = new();
    private int _done;

    public ProgressMeter(IProgress<UncertaintyProgress>? progress, TimeProvider? time, int total)
    {
        _progress = progress;
        _time = time;
        _total = total;
        _start = time?.GetTimestamp() ?? 0;
    }

    public void Add(int runs)
    {
        if (_progress is null)
        {
            return;
        }

        lock (_gate)
        {
            _done += runs;
            var rate = double.NaN;
            if (_time is not null)
            {
                var seconds = _time.GetElapsedTime(_start).TotalSeconds;
                rate = seconds > 0 ? _done / seconds : double.NaN;
            }

            _progress.Report(UncertaintyProgress.Create(_done, _total, rate));
        }
    }
}
