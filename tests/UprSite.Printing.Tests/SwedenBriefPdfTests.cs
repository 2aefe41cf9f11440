using UprSite.Build.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>A brief of 40 recommendations from one State: two filled pages in every language, and a warning only past two.</summary>
public sealed class SwedenBriefPdfTests(SwedenPdfBuild build) : IClassFixture<SwedenPdfBuild>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void The_brief_of_a_state_of_forty_recommendations_prints_on_two_filled_pages(string language)
    {
        BriefPaper.Holds(build.PathOf, language, "sweden");
        Assert.Equal(2, Poppler.Pages(build.PathOf($"{language}/countries/kh/states/sweden/brief/brief.pdf")));
    }

    [Fact]
    public void The_site_builds_without_errors_and_no_brief_runs_past_two_pages()
    {
        Assert.DoesNotContain(build.Result.Diagnostics, d => d.IsError || d.Code == "UPR0730");
        Assert.Equal(3, build.Result.Print!.Briefs);
    }
}
