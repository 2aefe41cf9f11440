using Xunit.Abstractions;
using Xunit.Sdk;

namespace UprSite.Browser.Tests.Support;

/// <summary>xunit's assembly runner, which disposes the run's shared resources (<see cref="RunEnd"/>) after the last test.</summary>
public sealed class RunEndAssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics,
    IMessageSink executionMessages, ITestFrameworkExecutionOptions executionOptions)
    : XunitTestAssemblyRunner(testAssembly, testCases, diagnostics, executionMessages, executionOptions)
{
    protected override async Task BeforeTestAssemblyFinishedAsync()
    {
        // A failure here fails the run, as a failing fixture's disposal would.
        await Aggregator.RunAsync(RunEnd.DisposeAllAsync);
        await base.BeforeTestAssemblyFinishedAsync();
    }
}
