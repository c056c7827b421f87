using System.Runtime.InteropServices;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// A large table of unmanaged values outside the collected heap, for the tables the Monte Carlo
/// engine fills once per analysis (rank histograms and rank buffers, megabytes each). On Linux it
/// asks for transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>): a fresh 4 kB page costs a page
/// fault on first touch, which on virtual machines is several microseconds, so a 16 MB histogram
/// cost 4,096 faults where 2 MB pages cost 8. Elsewhere, or when the kernel declines, it is
/// ordinary memory. The contents are zero when <c>zeroed</c> is asked for, unspecified otherwise.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed unsafe class LargeTable<T> : IDisposable
    where T : unmanaged
{
    /// <summary>Below this size ordinary pages are fine.</summary>
    private const nuint HugePage = 2 << 20;

    private const int AdviseHugePage = 14;

    private static readonly delegate* unmanaged<void*, nuint, int, int> Madvise = FindMadvise();

    private readonly int _length;
    private T* _pointer;

    /// <summary>A table of <paramref name="length"/> values, zero when <paramref name="zeroed"/>.</summary>
    public LargeTable(int length, bool zeroed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;
        var bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        if (bytes >= HugePage && Madvise != null)
        {
            var rounded = (bytes + HugePage - 1) & ~(HugePage - 1);
            _pointer = (T*)NativeMemory.AlignedAlloc(rounded, HugePage);
            _ = Madvise(_pointer, rounded, AdviseHugePage);
        }
        else
        {
            _pointer = (T*)NativeMemory.AlignedAlloc(bytes, 64);
        }

        if (zeroed)
        {
            NativeMemory.Clear(_pointer, bytes);
        }

        GC.AddMemoryPressure((long)bytes);
    }

    /// <summary>Frees the memory if <see cref="Dispose"/> was not called.</summary>
    ~LargeTable() => Free();

    /// <summary>The number of values.</summary>
    public int Length => _length;

    /// <summary>The values.</summary>
    /// <exception cref="ObjectDisposedException">The table was disposed.</exception>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_pointer == null, this);
            return new Span<T>(_pointer, _length);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private static delegate* unmanaged<void*, nuint, int, int> FindMadvise()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "madvise", out var madvise)
            ? (delegate* unmanaged<void*, nuint, int, int>)madvise
            : null;
    }

    private void Free()
    {
        if (_pointer != null)
        {
            NativeMemory.AlignedFree(_pointer);
            GC.RemoveMemoryPressure((long)Math.Max((nuint)_length * (nuint)sizeof(T), 1));
            _pointer = null;
        }
    }
}
