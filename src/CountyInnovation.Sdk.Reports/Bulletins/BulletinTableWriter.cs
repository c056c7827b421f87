using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Reports.Localization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>Writes a bulletin as console tables (Spectre.Console): the command's default output.</summary>
public static class BulletinTableWriter
{
    /// <summary>Writes plain-text tables (no colours, no ANSI codes, 120 columns) to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(Bulletin bulletin, TextWriter writer) => Write(bulletin, writer, ReportLanguage.English);

    /// <summary>Writes plain-text tables (no colours, no ANSI codes, 120 columns) in <paramref name="language"/> to <paramref name="writer"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the text.</param>
    public static void Write(Bulletin bulletin, TextWriter writer, ReportLanguage language)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        Write(bulletin, console, language);
    }

    /// <summary>Writes <paramref name="bulletin"/> as English tables to <paramref name="console"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="console">Where to write.</param>
    public static void Write(Bulletin bulletin, IAnsiConsole console) => Write(bulletin, console, ReportLanguage.English);

    /// <summary>Writes <paramref name="bulletin"/> as tables in <paramref name="language"/> to <paramref name="console"/>.</summary>
    /// <param name="bulletin">The bulletin.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="language">The language of the text.</param>
    public static void Write(Bulletin bulletin, IAnsiConsole console, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(console);
        var text = ReportText.For(language);
        var r = bulletin.Result;
        console.Write(new Rule(Markup.Escape(BulletinPhrases.Title(r, text))).LeftJustified());
        if (r.IsSynthetic)
        {
            console.WriteLine("*** " + text["synthetic"] + " ***");
        }
        else if (bulletin.UsesAssumedFramework)
        {
            console.WriteLine(text["note.assumptions"]);
        }

        foreach (var warning in bulletin.Warnings(language))
        {
            console.WriteLine("*** " + text["warning.prefix"] + warning + " ***");
        }

        console.WriteLine(BulletinPhrases.Years(r, text) + "; " + text.Format("meta.source", r.DataSource) + "; " + text.Format("meta.framework", r.Framework) + "; " + text.Format("meta.method", bulletin.MethodName));
        console.WriteLine(BulletinPhrases.Summary(r, text));
        console.WriteLine();

        var classes = NewTable(text["col.class"], text["col.counties"]);
        classes.AddRow(Cells(text["class.A"], BulletinPhrases.Number(r.Classes.A)));
        classes.AddRow(Cells(text["class.B"], BulletinPhrases.Number(r.Classes.B)));
        classes.AddRow(Cells(text["class.C"], BulletinPhrases.Number(r.Classes.C)));
        if (r.Classes.Unscored > 0)
        {
            classes.AddRow(Cells(text["class.unscored"], BulletinPhrases.Number(r.Classes.Unscored)));
        }

        console.Write(classes.Title(Markup.Escape(text["overview.classCounts"])));

        var aList = NewTable(text["col.rank"], text["col.code"], text["col.county"], text["col.city"], text["col.score"]);
        foreach (var c in r.ClassA)
        {
            aList.AddRow(Cells(BulletinPhrases.Number(c.Rank), c.Code, c.Name, c.City, BulletinPhrases.Score(c.Score)));
        }

        console.Write(aList.Title(Markup.Escape(text.Format("list.title", text["class.A"], r.ClassA.Length))));

        var cities = NewTable(text["col.city"], text["col.counties"], text["col.average"], text["class.A"], text["class.B"], text["class.C"]);
        foreach (var city in r.Cities)
        {
            cities.AddRow(Cells(
                city.City,
                BulletinPhrases.Number(city.CountyCount),
                BulletinPhrases.Score(city.AverageScore),
                BulletinPhrases.Number(city.Classes.A),
                BulletinPhrases.Number(city.Classes.B),
                BulletinPhrases.Number(city.Classes.C)));
        }

        console.Write(cities.Title(Markup.Escape(text["cities.title"])));

        if (bulletin.Leap is { } leap)
        {
            console.Write(new Rule(Markup.Escape(text.Format("leap.title", leap.LaterYear.Value, leap.EarlierYear.Value))).LeftJustified());
            console.WriteLine(BulletinPhrases.ClassLeaps(leap, text));
            console.WriteLine(BulletinPhrases.Buckets(leap, text));
            if (!leap.ClassUps.IsEmpty)
            {
                var ups = NewTable(text["col.county"], text["col.city"], text["col.classChange"], text["col.scoreChange"], text["col.rank"]);
                foreach (var c in leap.ClassUps)
                {
                    ups.AddRow(Cells($"{c.Code} {c.Name}", c.City, $"{c.Earlier!.Class}→{c.Later!.Class}", BulletinPhrases.Signed(c.ScoreChange), $"{c.Earlier.Rank}→{c.Later.Rank}"));
                }

                console.Write(ups.Title(Markup.Escape(text["leap.ups"])));
            }

            var gains = leap.BiggestRankGains(Bulletin.TopGains);
            if (!gains.IsEmpty)
            {
                var table = NewTable(text["col.county"], text["col.city"], text["col.rank"], text["col.rankGain"], text["col.scoreChange"]);
                foreach (var c in gains)
                {
                    table.AddRow(Cells($"{c.Code} {c.Name}", c.City, $"{c.Earlier!.Rank}→{c.Later!.Rank}", BulletinPhrases.Signed(c.RankGain), BulletinPhrases.Signed(c.ScoreChange)));
                }

                console.Write(table.Title(Markup.Escape(text.Format("leap.gains", gains.Length))));
            }
        }
        else
        {
            console.WriteLine(text["leap.none"]);
        }

        console.Write(new Rule(Markup.Escape(text["quality.title"])).LeftJustified());
        foreach (var note in bulletin.DataQualityNotes(language))
        {
            console.WriteLine("- " + note);
        }
    }

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    // Text, not markup: county names and data sources may hold '[' and ']'.
    private static IRenderable[] Cells(params string[] cells) => [.. cells.Select(c => (IRenderable)new Text(c))];
}
