using System.Text;

namespace CountyInnovation.Cli.Output;

/// <summary>
/// Writes a file all at once or not at all: the content goes to a temporary file in the same folder,
/// which replaces the target only when writing succeeded; on failure the temporary file is removed and
/// an existing target is left as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes UTF-8 (no byte-order mark) text built by <paramref name="write"/> to <paramref name="path"/>.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
