namespace CountyInnovation.Cli;

/// <summary>Checks a path given for an input file before it is opened, so that the error says what the path is.</summary>
internal static class InputFile
{
    /// <summary>
    /// Why <paramref name="file"/> cannot be read as a data file (<c>no such file</c>, <c>is a
    /// directory</c>, <c>is a named pipe, socket or device</c>), or <see langword="null"/> when it is a
    /// regular file. A named pipe is told apart without blocking: it reports no length, and opening it
    /// for reading and writing returns at once with a stream that cannot seek.
    /// </summary>
    public static string? Problem(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            return "is a directory, not a file";
        }

        if (!file.Exists)
        {
            return "no such file";
        }

        return file.Length == 0 && IsStream(file.FullName) ? "is a named pipe, socket or device, not a regular file" : null;
    }

    /// <summary>The message of a refused input: <c>--data 'x': is a directory, not a file.</c></summary>
    public static string Message(FileInfo file, string option, string problem) => $"{option} '{file}': {problem}.";

    /// <summary>Throws <see cref="IOException"/> with <see cref="Message"/> unless <paramref name="file"/> is a regular file; returns its full path.</summary>
    public static string Require(FileInfo file, string option) =>
        Problem(file) is { } problem ? throw new IOException(Message(file, option, problem)) : file.FullName;

    private static bool IsStream(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
            return !stream.CanSeek;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not writable: an ordinary read-only file, or something the reader will report itself.
            return false;
        }
    }
}
