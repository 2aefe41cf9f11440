using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace UprSite.Browser.Tests.Support;

/// <summary>Runs the test cases with <see cref="RunEndAssemblyRunner"/> in place of xunit's assembly runner.</summary>
public sealed class RunEndExecutor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
    : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
{
    protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions)
    {
        using var runner = new RunEndAssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
        await runner.RunAsync();
    }
}
