namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// The deterministic parallel scheme: runs are cut into fixed blocks (the same whatever the
/// number of threads), each worker takes the next block, and everything a block produces is
/// written to places owned by its runs (per-run outputs) or added as integers (counts), so the
/// combined result cannot depend on which thread did which block or when.
/// </summary>
internal static class BlockScheduler
{
    /// <summary>Runs per block.</summary>
    public const int BlockSize = 256;

    /// <summary>The number of blocks for <paramref name="runCount"/> runs.</summary>
    public static int BlockCount(int runCount) => (runCount + BlockSize - 1) / BlockSize;

    /// <summary>
    /// Runs <paramref name="body"/>(worker, firstRun, runCount) over every block with at most
    /// <paramref name="threads"/> workers, each created once by <paramref name="createWorker"/>
    /// and handed to <paramref name="workerDone"/> when no block is left for it.
    /// </summary>
    public static void Run<TWorker>(
        int runCount,
        int threads,
        Func<TWorker> createWorker,
        Action<TWorker, int, int> body,
        Action<int>? blockDone,
        CancellationToken cancellationToken,
        Action<TWorker>? workerDone = null)
    {
        var blocks = BlockCount(runCount);
        var workers = Math.Max(1, Math.Min(threads, blocks));
        var next = -1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        void Work()
        {
            var worker = createWorker();
            while (!stop.Token.IsCancellationRequested)
            {
                var block = Interlocked.Increment(ref next);
                if (block >= blocks)
                {
                    workerDone?.Invoke(worker);
                    return;
                }

                var first = block * BlockSize;
                var count = Math.Min(BlockSize, runCount - first);
                try
                {
                    body(worker, first, count);
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }

                blockDone?.Invoke(count);
            }
        }

        var others = new Task[workers - 1];
        for (var w = 0; w < others.Length; w++)
        {
            others[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Exception? failure = null;
        try
        {
            Work();
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException e) when (failure is null)
        {
            failure = e.InnerExceptions[0];
        }
        catch (AggregateException)
        {
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
