using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pipeline;

public sealed class SampleSiteTests
{
    [Fact]
    public void The_sample_input_builds_without_errors()
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Write: false));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.Output!.Files.ContainsKey("en/countries/kh/index.html"));
    }
}
