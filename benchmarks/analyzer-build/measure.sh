#!/usr/bin/env bash
# Measures what the CountyInnovation.Sdk analyzers cost in a consumer's build.
#
#   benchmarks/analyzer-build/measure.sh [FILES] [WORK_DIR]
#
# Packs the SDK (analyzers inside) with a version of its own, generates a consumer project of FILES
# source files (default 1000) that use the SDK heavily and cleanly (no diagnostics), restores it
# with its own NuGet.config and package folder, builds it once to warm up, then rebuilds it with
# `dotnet build --no-incremental -p:ReportAnalyzer=true -v:d` and prints the total build time, the
# compiler's total analyzer time and the CountyInnovation analyzers' time and share. The full log
# stays in WORK_DIR (default artifacts/analyzer-build under the repository).
#
# The builds use the compiler server as users build (UseSharedCompilation=true, the default here; set
# UseSharedCompilation=false in the environment for a fresh csc per build): the warm-up build starts
# it and loads the analyzers, the measured build reuses it. The server is left running (it may be
# shared with other builds on the machine; it stops by itself when idle). The load average is printed
# before and after, since every figure follows it on a shared machine.
set -euo pipefail

files=${1:-1000}
shared=${UseSharedCompilation:-true}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${2:-$root/artifacts/analyzer-build}
version="0.1.0-bench-$(date -u +%Y%m%d%H%M%S)-$$"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
export NUGET_PACKAGES="$work/packages"

rm -rf "$work/feed" "$work/consumer"
mkdir -p "$work/feed" "$work/consumer/Generated" "$NUGET_PACKAGES"

echo "== packing CountyInnovation.Sdk $version"
dotnet pack "$root/src/CountyInnovation.Sdk/CountyInnovation.Sdk.csproj" -c Release -o "$work/feed" \
  -p:PackageVersion="$version" --disable-build-servers -tl:off -v:q >/dev/null

consumer="$work/consumer"
# Outside the repository's build settings and central package versions.
echo '<Project />' > "$consumer/Directory.Build.props"
echo '<Project />' > "$consumer/Directory.Build.targets"
echo '<Project />' > "$consumer/Directory.Packages.props"
echo 'root = true' > "$consumer/.editorconfig"
cat > "$consumer/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="packed" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CountyInnovation.Sdk" Version="$version" />
  </ItemGroup>
</Project>
XML

echo "== generating $files files"
for ((i = 0; i < files; i++)); do
  cat > "$consumer/Generated/Usage$i.cs" <<CS
using System.Collections.Immutable;
using CountyInnovation.Sdk;
using CountyInnovation.Sdk.Counties;
using CountyInnovation.Sdk.Evaluation;
using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using CountyInnovation.Sdk.Scoring;
using CountyInnovation.Sdk.Scoring.Weighting;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace Generated.Part$i;

public sealed class Usage$i(IClock clock)
{
    private static readonly DocumentNumber Plan = DocumentNumber.Parse("冀政办字〔2019〕9号");

    public MeasureNumber Measure() => MeasureNumber.From($((1 + i % 28)));

    public SectionNumber Section() => SectionNumber.From($((1 + i % 8)));

    public Percentage Rate() => Percentage.From($((i % 101)));

    public Share Part() => Share.From(0.$((i % 10)));

    public CountyCode County() => CountyCode.Parse("130102");

    public DocumentNumber Document() => Plan;

    public ResponsibleUnit Unit() => ResponsibleUnits.Get("省科技厅");

    public FixedWeighting Weights() => FixedWeighting.Create([8, 6, 6, $((1 + i % 5))]);

    public MethodConfiguration Method() => MethodConfiguration.Default
        .WithName("method-$i")
        .WithNormalisation(MethodChoice.Of("min-max", ("lower", 1), ("upper", 100)))
        .WithLevels(LevelMethod.Of(MethodChoice.Of("fixed"), MethodChoice.Of("geometric")));

    public TrackedTarget Target() => TrackedTarget.Create(
        "M19-$i", MeasureNumber.From(19), "Higher vocational colleges",
        NumericRule.For(NumericGoal.Reach(25, new LocalDate(2025, 12, 31))));

    public ProgressAssessment Assess(NumericGoal goal, IEnumerable<DatedValue> series) =>
        ProgressChartMethod.Default.Assess(goal, series, AssessmentDate.Today(clock));

    public int Sum(int count)
    {
        var total = 0;
        for (var k = 0; k < count; k++)
        {
            total += MeasureNumber.From(1 + (k % 28)).Value + SectionNumber.From(1 + (k % 8)).Value;
        }

        return total;
    }

    public string Describe(MeasureNumber measure, Percentage rate) =>
        measure.Value switch
        {
            < 4 => \$"section one, {rate}",
            < 7 => \$"section two, {rate}",
            _ => \$"later sections, {rate}",
        };
}

public sealed class Weighting$i(int seed) : IWeighting
{
    private readonly Random random = new(seed);

    public string Name => "weighting-$i";

    public bool IsDataDriven => false;

    public ImmutableArray<double> Weigh(ComponentMatrix components, ReadOnlySpan<Polarity> polarities)
    {
        var weights = new double[polarities.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = 1.0 + (random.NextDouble() * 0.0);
        }

        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }
}
CS
done

cd "$consumer"
echo "== restoring"
dotnet restore Consumer.csproj -tl:off -v:q >/dev/null
echo "== warm-up build"
dotnet build Consumer.csproj -c Release --no-restore -tl:off -v:q -p:UseSharedCompilation="$shared" >/dev/null
echo "== measured build"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
dotnet build Consumer.csproj -c Release --no-restore --no-incremental -tl:off -v:d -p:ReportAnalyzer=true -p:UseSharedCompilation="$shared" > "$work/build.log"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# "Time Elapsed 00:00:12.34" and the analyzer report of the Csc task.
elapsed=$(grep -E '^Time Elapsed' "$work/build.log" | tail -1 | awk '{split($3, t, ":"); print t[1] * 3600 + t[2] * 60 + t[3]}')
analyzers_total=$(grep -E 'Total analyzer execution time: ' "$work/build.log" | tail -1 | grep -oE '[0-9]+([.,][0-9]+)?' | head -1 | tr , .)
ours=$(grep -E 'CountyInnovation\.Sdk\.(Analyzers|CodeFixes), Version' "$work/build.log" | grep -oE '^\s*[0-9]+([.,][0-9]+)?' | tr , . | awk '{s += $1} END {print s + 0}')
warnings=$(grep -cE 'warning CIS[0-9]{4}|error CIS[0-9]{4}' "$work/build.log" || true)

echo
echo "files:                               $files"
echo "UseSharedCompilation:                $shared"
echo "load average before / after:         $load_before / $load_after"
echo "total build time (s):                $elapsed"
echo "all analyzers, compiler time (s):    ${analyzers_total:-?}"
echo "CountyInnovation analyzers (s):      $ours"
awk -v ours="$ours" -v total="$elapsed" 'BEGIN { if (total > 0) printf "CountyInnovation share of build:     %.2f %%\n", 100 * ours / total }'
echo "CIS diagnostics in the clean code:   $warnings"
echo "log:                                 $work/build.log"
echo "(analyzer times are summed over the compiler's threads, so the share is an upper bound)"
