using System.Text;
using CountyInnovation.Sdk.Output;

namespace CountyInnovation.Sdk.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("atomic-file-tests-");

    public void Dispose() => folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(folder.FullName, name);

    [Fact]
    public void Writes_the_whole_file_and_leaves_no_temporary_file()
    {
        var path = PathOf("out.csv");
        AtomicFile.WriteText(path, w => w.Write("a,b\n1,2\n"));
        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Equal(["out.csv"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Replaces_an_existing_file()
    {
        var path = PathOf("out.md");
        File.WriteAllText(path, "old content that is longer than the new one");
        AtomicFile.WriteText(path, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        var path = PathOf("out.csv");
        File.WriteAllText(path, "previous");
        var e = Assert.Throws<IOException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(new string('x', 100_000));
            throw new IOException("No space left on device");
        }));
        Assert.Equal("No space left on device", e.Message);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.csv"], folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void A_failure_leaves_no_file_when_there_was_none()
    {
        var path = PathOf("new.csv");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(1);
            throw new InvalidOperationException("writer bug");
        }));
        Assert.Empty(folder.GetFiles());
    }

    [Fact]
    public void The_encoding_preamble_is_written_when_asked_for()
    {
        var path = PathOf("bom.csv");
        AtomicFile.WriteText(path, w => w.Write("县"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal([0xEF, 0xBB, 0xBF, 0xE5, 0x8E, 0xBF], File.ReadAllBytes(path));
        AtomicFile.WriteText(path, w => w.Write("县"));
        Assert.Equal([0xE5, 0x8E, 0xBF], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_directory_or_a_missing_folder_is_refused_without_leftovers()
    {
        Assert.Throws<IOException>(() => AtomicFile.WriteText(folder.FullName, w => w.Write("x")));
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteText(PathOf("no/such/out.csv"), w => w.Write("x")));
        Assert.Empty(folder.GetFileSystemInfos());
    }

    [Fact]
    public void An_existing_temporary_name_is_skipped()
    {
        var path = PathOf("out.txt");
        var taken = PathOf($".out.txt.{Environment.ProcessId}-0.tmp");
        File.WriteAllText(taken, "someone else's");
        AtomicFile.WriteText(path, w => w.Write("mine"));
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Equal("someone else's", File.ReadAllText(taken));
    }
}
