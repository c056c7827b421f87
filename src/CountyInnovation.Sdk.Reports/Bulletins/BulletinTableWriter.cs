using CountyInnovation.Sdk.Evaluation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CountyInnovation.Sdk.Reports.Bulletins;

/// <summary>Writes a bulletin as console tables (Spectre.Console): the command's default output.</summary>
public static class BulletinTableWriter
{
    /// <summary>Writes plain-text tables (no colours, no ANSI codes, 120 columns) to <paramref name="writer"/>.</summary>
    public static void Write(Bulletin bulletin, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        Write(bulletin, console);
    }

    /// <summary>Writes <paramref name="bulletin"/> as tables to <paramref name="console"/>.</summary>
    public static void Write(Bulletin bulletin, IAnsiConsole console)
    {
        var r = bulletin.Result;
        console.Write(new Rule(BulletinText.Title(r)).LeftJustified());
        if (r.IsSynthetic)
        {
            console.WriteLine("*** " + Bulletin.SyntheticLabel + " ***");
        }

        console.WriteLine(BulletinText.Source(r));
        console.WriteLine(BulletinText.Summary(r));
        console.WriteLine();

        var classes = NewTable("Class", "Counties");
        classes.AddRow(Cells("A", r.Classes.A.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        classes.AddRow(Cells("B", r.Classes.B.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        classes.AddRow(Cells("C", r.Classes.C.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (r.Classes.Unscored > 0)
        {
            classes.AddRow(Cells("unscored", r.Classes.Unscored.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        console.Write(classes.Title("Class counts"));

        var aList = NewTable("Rank", "Code", "County", "City", "Score");
        foreach (var c in r.ClassA)
        {
            aList.AddRow(Cells(BulletinText.Number(c.Rank), c.Code, c.Name, c.City, BulletinText.Score(c.Score)));
        }

        console.Write(aList.Title($"Class A in score order ({r.ClassA.Length})"));

        var cities = NewTable("City", "Counties", "Average", "A", "B", "C");
        foreach (var city in r.Cities)
        {
            cities.AddRow(Cells(
                city.City,
                BulletinText.Number(city.CountyCount),
                BulletinText.Score(city.AverageScore),
                BulletinText.Number(city.Classes.A),
                BulletinText.Number(city.Classes.B),
                BulletinText.Number(city.Classes.C)));
        }

        console.Write(cities.Title("City averages"));

        if (bulletin.Leap is { } leap)
        {
            console.Write(new Rule($"Leaps {leap.EarlierYear} → {leap.LaterYear}").LeftJustified());
            console.WriteLine(BulletinText.ClassLeaps(leap));
            console.WriteLine(BulletinText.Buckets(leap));
            if (!leap.ClassUps.IsEmpty)
            {
                var ups = NewTable("County", "City", "Class", "Score change", "Rank");
                foreach (var c in leap.ClassUps)
                {
                    ups.AddRow(Cells($"{c.Code} {c.Name}", c.City, $"{c.Earlier!.Class}→{c.Later!.Class}", BulletinText.Signed(c.ScoreChange), $"{c.Earlier.Rank}→{c.Later.Rank}"));
                }

                console.Write(ups.Title($"Class leaps ({leap.ClassUps.Length})"));
            }

            var gains = leap.BiggestRankGains(Bulletin.TopGains);
            if (!gains.IsEmpty)
            {
                var table = NewTable("County", "City", "Rank", "Gain", "Score change");
                foreach (var c in gains)
                {
                    table.AddRow(Cells($"{c.Code} {c.Name}", c.City, $"{c.Earlier!.Rank}→{c.Later!.Rank}", BulletinText.Signed(c.RankGain), BulletinText.Signed(c.ScoreChange)));
                }

                console.Write(table.Title($"Biggest rank gains (top {gains.Length})"));
            }
        }
        else
        {
            console.WriteLine("No earlier evaluation to compare with.");
        }

        console.Write(new Rule("Data quality").LeftJustified());
        foreach (var note in bulletin.DataQualityNotes())
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
