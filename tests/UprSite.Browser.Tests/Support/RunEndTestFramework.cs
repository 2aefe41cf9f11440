using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("UprSite.Browser.Tests.Support.RunEndTestFramework", "UprSite.Browser.Tests")]

namespace UprSite.Browser.Tests.Support;

/// <summary>xunit's own test framework, with the end of the run hooked (<see cref="RunEndAssemblyRunner"/>).</summary>
public sealed class RunEndTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new RunEndExecutor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);
}
