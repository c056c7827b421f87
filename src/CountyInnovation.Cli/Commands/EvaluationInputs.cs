using System.CommandLine;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Data;
using CountyInnovation.Sdk.Diagnostics;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Indicators;

namespace CountyInnovation.Cli.Commands;

/// <summary>
/// The inputs an evaluation reads, shared by <c>evaluate</c> and <c>analyse</c>: framework, method,
/// data (a panel CSV, or COINr's iData/iMeta as they are), the units list and its grouping, and the
/// year convention. Parses the options and loads; the commands only choose what to write.
/// </summary>
internal sealed class EvaluationInputs
{
    private readonly Option<FileInfo?> data = new("--data") { Description = "Panel data CSV (wide or long form, docs/formats/panel-data.md); the embedded synthetic sample when omitted.", HelpName = "FILE" };
    private readonly Option<FileInfo?> framework = new("--framework") { Description = "Indicator framework (.csv metadata table or .json); the Hebei default framework when omitted.", HelpName = "FILE" };
    private readonly Option<FileInfo?> method = new("--method") { Description = "Method configuration JSON (docs/formats/method.md); the SDK's default method when omitted (min-max 0–100 and arithmetic means for COINr data).", HelpName = "FILE" };
    private readonly Option<FileInfo?> units = new("--units") { Description = "Units file (code,name[,city][,grouping columns…], docs/formats/units.md): the units the data may hold, instead of Hebei's 167 county-level divisions.", HelpName = "FILE" };
    private readonly Option<bool> allowUnlisted = new("--allow-unlisted") { Description = "Accept data rows of units the list lacks (their rows must give county_name); they are named in the data-quality notes." };
    private readonly Option<string?> groupBy = new("--group-by") { Description = "Grouping column for group imputation and group summaries (a units-file or iData column such as GDP_group); city when omitted.", HelpName = "COLUMN" };
    private readonly Option<FileInfo?> coinrData = new("--coinr-data") { Description = "COINr iData CSV (uCode, uName, group columns, Time, indicators; docs/formats/coinr.md), read with --coinr-meta instead of --data and --framework.", HelpName = "FILE" };
    private readonly Option<FileInfo?> coinrMeta = new("--coinr-meta") { Description = "COINr iMeta CSV (Level, iCode, iName, Direction, Weight, Parent, Type).", HelpName = "FILE" };
    private readonly Option<bool> yearIsDataYear = new("--year-is-data-year") { Description = "Name evaluations by their data year (evaluation year N uses data of N); the default is the Hebei convention, data of N−1. Implied by --coinr-data." };

    private readonly Option<string> encoding = CreateEncodingOption();

    public IEnumerable<Option> Options => [data, framework, method, units, allowUnlisted, groupBy, coinrData, coinrMeta, yearIsDataYear, encoding];

    private static Option<string> CreateEncodingOption()
    {
        var option = new Option<string>("--encoding") { Description = "Encoding of the --data file: auto (UTF-8, else GBK/GB18030), utf-8, gbk or gb18030.", DefaultValueFactory = _ => TextFileEncoding.Auto, HelpName = "NAME" };
        option.AcceptOnlyFromAmong([.. TextFileEncoding.Names]);
        return option;
    }

    /// <summary>The loaded inputs: framework, compiled pipeline, panel, units list (null for the embedded sample) and year convention.</summary>
    public sealed record Loaded(IndicatorFramework Framework, EvaluationPipeline Pipeline, Panel Panel, CountyDirectory? Units, bool SameAsData)
    {
        public EvaluationYear Year(int value) => EvaluationYear.Of(value, SameAsData);

        /// <summary>The evaluation years the data allow.</summary>
        public IReadOnlyList<int> AvailableYears => [.. Panel.Years.Select(y => SameAsData ? y : y + 1)];
    }

    /// <exception cref="InvalidInputException">An input is wrong.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public Loaded Load(ParseResult parse)
    {
        var coinrDataFile = parse.GetValue(coinrData);
        var coinrMetaFile = parse.GetValue(coinrMeta);
        var dataFile = parse.GetValue(data);
        var frameworkFile = parse.GetValue(framework);
        var methodFile = parse.GetValue(method);
        var grouping = parse.GetValue(groupBy);
        if ((coinrDataFile is null) != (coinrMetaFile is null))
        {
            throw Problem("--coinr-data and --coinr-meta go together: give both files.");
        }

        if (coinrDataFile is not null && (dataFile is not null || frameworkFile is not null || parse.GetValue(units) is not null))
        {
            throw Problem("--coinr-data replaces --data, --framework and --units: give one or the other.");
        }

        if (coinrDataFile is not null && coinrMetaFile is not null)
        {
            var set = CoinrReader.ReadFiles(RequireFile(coinrDataFile, "--coinr-data"), RequireFile(coinrMetaFile, "--coinr-meta"), grouping);
            var coinrMethod = methodFile is null ? CoinrDefault : ReadMethod(RequireFile(methodFile, "--method"));
            return new Loaded(set.Framework, Compile(set.Framework, coinrMethod, methodFile), set.Panel, set.Units, true);
        }

        // Framework and method first: an impossible method is refused before any data is read.
        var indicatorFramework = frameworkFile is null ? HebeiFramework.Default : IndicatorFrameworkReader.ReadFile(RequireFile(frameworkFile, "--framework"));
        var methodConfiguration = methodFile is null ? MethodConfiguration.Default : ReadMethod(RequireFile(methodFile, "--method"));
        var pipeline = Compile(indicatorFramework, methodConfiguration, methodFile);
        var unitsFile = parse.GetValue(units);
        var directory = unitsFile is null ? HebeiCounties.Directory : UnitsCsvReader.ReadFile(RequireFile(unitsFile, "--units"));
        if (grouping is not null)
        {
            try
            {
                directory = directory.GroupedBy(grouping);
            }
            catch (ArgumentException e)
            {
                throw Problem($"--group-by {grouping}: {e.Message}");
            }
        }

        if (dataFile is null)
        {
            if (unitsFile is not null || grouping is not null)
            {
                throw Problem("--units and --group-by apply to --data; the embedded sample holds Hebei's counties by city.");
            }

            return new Loaded(indicatorFramework, pipeline, SamplePanel.Load(), null, parse.GetValue(yearIsDataYear));
        }

        var dataPath = RequireFile(dataFile, "--data");
        Panel panel;
        using (var reader = new StringReader(TextFileEncoding.ReadAllText(dataPath, parse.GetValue(encoding) ?? TextFileEncoding.Auto)))
        {
            panel = PanelCsvReader.Read(reader, dataPath, indicatorFramework, directory, parse.GetValue(allowUnlisted));
        }

        return new Loaded(indicatorFramework, pipeline, panel, directory, parse.GetValue(yearIsDataYear));
    }

    /// <summary>Runs a command's body; bad input and unreadable files become located error lines and exit code 1.</summary>
    public static int Reporting(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidInputException e)
        {
            context.Error.WriteLine($"error: {(e.Problems.Length == 1 ? "1 problem" : $"{e.Problems.Length} problems")}:");
            foreach (var problem in e.Problems)
            {
                context.Error.WriteLine("  " + problem);
            }

            return 1;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>COINr's usual build when no method is given: no imputation or treatment, min-max 0–100, the framework's weights, arithmetic means.</summary>
    private static MethodConfiguration CoinrDefault => MethodConfiguration.Default
        .WithName("coinr-min-max-arithmetic")
        .WithImputation()
        .WithOutlierTreatment(false)
        .WithNormalisation(MethodChoice.Of("min-max", ("lower", 0), ("upper", 100)));

    /// <summary>Checks the method against the framework; problems are placed in the method file when there is one.</summary>
    private static EvaluationPipeline Compile(IndicatorFramework framework, MethodConfiguration method, FileInfo? methodFile)
    {
        try
        {
            return EvaluationPipeline.Create(framework, method);
        }
        catch (InvalidInputException e) when (methodFile is not null)
        {
            var place = SourceLocation.Of(methodFile.FullName);
            throw new InvalidInputException(e.Problems.Select(p => DataProblem.At(place, p.Message, p.County, p.Indicator, p.Measure)));
        }
    }

    private static InvalidInputException Problem(string message) => new([DataProblem.At(SourceLocation.Of("<command line>"), message)]);

    private static string RequireFile(FileInfo file, string option) => InputFile.Require(file, option);

    private static MethodConfiguration ReadMethod(string path)
    {
        using var reader = new StreamReader(path);
        return MethodConfigurationJson.Read(reader, path);
    }
}
