namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>Writes a bulletin in any of the <see cref="BulletinFormat"/>s: the one entry point a tool needs.</summary>
public static class BulletinWriter
{
    /// <summary>Writes <paramref name="bulletin"/> in <paramref name="format"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="bulletin"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(Bulletin bulletin, BulletinFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case BulletinFormat.Table:
                BulletinTableWriter.Write(bulletin, writer);
                break;
            case BulletinFormat.Json:
                writer.Write(BulletinJsonWriter.Write(bulletin));
                break;
            case BulletinFormat.Csv:
                BulletinCsvWriter.Write(bulletin, writer);
                break;
            case BulletinFormat.Markdown:
                writer.Write(BulletinMarkdownWriter.Write(bulletin));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a bulletin format.");
        }
    }
}
