using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Content;

/// <summary>A recommendations file with errors fails the build, gives its country no row and leaves the previous output as it was (the diagnostics themselves: UprSite.Import.Tests).</summary>
public sealed class RecommendationFileBuildTests
{
    private const string File = "countries/kh/recommendations/rows.csv";
    private const string Header = "id,session,recommending_state,text,response,action_category,issues";

    [Fact]
    public void A_file_that_cannot_be_read_fails_the_build_and_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Succeeded);
        var before = System.IO.File.ReadAllText(Path.Combine(site.Output, "en", "index.html"));
        site.Write(File, Header + "\nr1,18,France,\"never closed,noted,5,");

        var result = site.Build();

        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("UPR0500", 2), (d.Code, d.Line));
        Assert.EndsWith("recommendations/rows.csv", d.File);
        Assert.Equal(before, System.IO.File.ReadAllText(Path.Combine(site.Output, "en", "index.html")));
        Assert.Empty(Assert.Single(result.Site!.Countries).Recommendations);
    }

    [Fact]
    public void A_file_with_one_bad_row_gives_the_country_none_of_its_rows()
    {
        using var site = new TestSite();
        site.Write(File, Header + "\nr1,18,France,Ratify the protocol,noted,5,\nr2,18,Spain,Abolish it,refused,5,");

        var result = site.Build(write: false);

        Assert.False(result.Succeeded);
        Assert.Empty(Assert.Single(result.Site!.Countries).Recommendations);
    }
}
