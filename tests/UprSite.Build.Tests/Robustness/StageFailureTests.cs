using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Robustness;

/// <summary>A stage that throws is a bug: the build returns it with every diagnostic found before it, not an exception.</summary>
public sealed class StageFailureTests
{
    [Fact]
    public void An_exception_in_a_stage_comes_back_with_the_stage_and_the_diagnostics_found_before_it()
    {
        using var site = new TestSite(withCountry: false);
        site.Write("pages/about.en.md", "---\ntitle: About\nlayout_hint: wide\n---\nHi.\n");
        var stages = new List<string>();

        var result = SiteBuilder.Build(site.Options(write: true) with
        {
            StageStarting = stage =>
            {
                stages.Add(stage);
                if (stage == "render")
                {
                    throw new InvalidOperationException("fault injected at Render");
                }
            },
        });

        Assert.Equal(["recover", "load", "parse", "assemble", "validate", "translations", "compute", "assets", "render"], stages);
        Assert.False(result.Succeeded);
        Assert.Equal("render", result.Failure!.Stage);
        Assert.Equal("fault injected at Render", result.Failure.InnerException!.Message);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "UPR0203");
        Assert.Contains("layout_hint", warning.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_build_that_does_not_fail_tells_every_stage_and_has_no_failure()
    {
        using var site = new TestSite(withCountry: false);
        var stages = new List<string>();

        var result = SiteBuilder.Build(site.Options(write: true) with { StageStarting = stages.Add });

        Assert.Null(result.Failure);
        Assert.True(result.Succeeded);
        Assert.Equal(["recover", "load", "parse", "assemble", "validate", "translations", "compute", "assets", "render", "strings", "postprocess", "check", "write"], stages);
    }
}
