using System.Runtime.InteropServices;

namespace CountyInnovation.Sdk.Uncertainty;

/// <summary>
/// A large table of unmanaged values outside the collected heap, for the tables the Monte Carlo
/// engine fills once per analysis (rank histograms and rank buffers, megabytes each). On Linux it
/// asks for transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>): a fresh 4 kB page costs a page
/// fault on first touch, which on virtual machines is several microseconds, so a 16 MB histogram
/// cost 4,096 faults where 2 MB pages cost 8. Elsewhere, or when the kernel declines, it is
/// ordinary memory. A new table holds zeros.
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
    private readonly nuint _bytes;
    private T* _pointer;

    /// <summary>A table of <paramref name="length"/> zeros.</summary>
    public LargeTable(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;
        _bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        if (_bytes >= HugePage && Madvise != null)
        {
            var rounded = (_bytes + HugePage - 1) & ~(HugePage - 1);
            _pointer = (T*)NativeMemory.AlignedAlloc(rounded, HugePage);
            _ = Madvise(_pointer, rounded, AdviseHugePage);
        }
        else
        {
            _pointer = (T*)NativeMemory.AlignedAlloc(_bytes, 64);
        }

        NativeMemory.Clear(_pointer, _bytes);
        GC.AddMemoryPressure((long)_bytes);
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
            GC.RemoveMemoryPressure((long)_bytes);
            _pointer = null;
        }
    }
}
