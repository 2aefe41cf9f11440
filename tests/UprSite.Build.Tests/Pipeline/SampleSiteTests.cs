using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Pipeline;

[Collection(SampleCollection.Name)]
public sealed class SampleSiteTests(SampleSite sample)
{
    [Fact]
    public void The_sample_input_builds_without_errors()
    {
        var result = sample.Result;

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.Output!.Files.ContainsKey("en/countries/kh/index.html"));
    }

    [Fact]
    public void Without_pdfs_the_country_page_links_to_no_print_pack()
    {
        var result = sample.Result;
        var page = System.Text.Encoding.UTF8.GetString(result.Output!.Files["en/countries/kh/index.html"].Content);

        Assert.Contains("id=\"factsheets-heading\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", page, StringComparison.Ordinal);
    }
}
