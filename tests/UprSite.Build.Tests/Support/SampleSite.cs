using UprSite.Build.Pipeline;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// The repository's sample site (input/ and theme/) built once per test run, in memory, for every test class in
/// <see cref="SampleCollection"/>. Tests read it and never change it.
/// </summary>
public sealed class SampleSite
{
    public BuildResult Result { get; } = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Write: false));
}
