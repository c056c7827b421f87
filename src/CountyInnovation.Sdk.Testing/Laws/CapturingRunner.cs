using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace CountyInnovation.Sdk.Testing.Laws;

/// <summary>Keeps FsCheck's final result instead of printing or throwing: the kit builds its own report.</summary>
internal sealed class CapturingRunner : IRunner
{
    public TestResult? Result { get; private set; }

    public void OnStartFixture(Type t)
    {
    }

    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
