using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

/// <summary>
/// The compilation every analyzer test runs in: .NET 10 reference assemblies shipped in a package
/// (no download at test time), the real SDK assembly and NodaTime, C# latest.
/// </summary>
internal static class SdkReferences
{
    private static readonly MetadataReference[] Sdk =
    [
        MetadataReference.CreateFromFile(typeof(CountyInnovation.Sdk.Diagnostics.SourceLocation).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.IClock).Assembly.Location),
    ];

    internal static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.AddRange(Sdk);
    }

    internal static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    /// <summary>
    /// Compiles the test code as if it were the SDK itself (assembly CountyInnovation.Sdk, without the
    /// real SDK referenced): for rules keyed on a convention the SDK does not use yet.
    /// </summary>
    internal static Solution CompileAsTheSdk(Solution solution, ProjectId projectId)
    {
        var project = solution.GetProject(projectId)!;
        var sdk = project.MetadataReferences.Where(reference => reference.Display?.EndsWith("CountyInnovation.Sdk.dll", StringComparison.Ordinal) == true);
        return solution.WithProjectAssemblyName(projectId, "CountyInnovation.Sdk")
            .WithProjectMetadataReferences(projectId, project.MetadataReferences.Except(sdk));
    }

    internal static Solution UseLatestLanguage(Solution solution, ProjectId projectId)
    {
        var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
        return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(LanguageVersion.Preview));
    }
}
