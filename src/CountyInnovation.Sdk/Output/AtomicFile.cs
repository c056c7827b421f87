using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Output;

/// <summary>
/// Writes a file so that it is either written whole or left as it was: the content goes to a new
/// temporary file in the same folder, is flushed to the disk, and only then renamed over the target.
/// If writing fails (a full disk, an exception of the caller's writing code), the temporary file is
/// deleted and the target is untouched: no command leaves a truncated output behind.
/// </summary>
/// <remarks>
/// The temporary file is named <c>.&lt;name&gt;.&lt;process&gt;-&lt;n&gt;.tmp</c> beside the target and
/// created exclusively, so two writers never share one. The rename replaces the target in one step on
/// the same file system (POSIX <c>rename</c>, Windows <c>MoveFileEx</c>), which is why the temporary
/// file lives in the target's folder and not in the system's temporary folder.
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Writes the file through a stream.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written; the target is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a directory, not a file.");
        }

        var (temporary, stream) = CreateTemporary(full);
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes the file as text, UTF-8 without a byte order mark unless <paramref name="encoding"/> says otherwise.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content to the writer it is given.</param>
    /// <param name="encoding">The encoding; its preamble (a UTF-8 byte order mark, say) is written first. <see langword="null"/> for UTF-8 without one.</param>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written; the target is unchanged.</exception>
    public static void WriteText(string path, Action<TextWriter> write, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, encoding ?? Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
            writer.Flush();
        });
    }

    private static (string Path, FileStream Stream) CreateTemporary(string target)
    {
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"'{target}' has no folder.");
        var name = Path.GetFileName(target);
        var process = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        for (var n = 0; ; n++)
        {
            var candidate = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{name}.{process}-{n}.tmp"));
            try
            {
                return (candidate, new FileStream(candidate, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16));
            }
            catch (IOException) when (File.Exists(candidate) && n < 10_000)
            {
                // Another writer holds this name: try the next one.
            }
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
