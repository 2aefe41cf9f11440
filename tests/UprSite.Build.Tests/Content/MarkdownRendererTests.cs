using UprSite.Build.Markdown;

namespace UprSite.Build.Tests.Content;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Site_rooted_links_become_relative_and_keep_their_source_position()
    {
        var markdown = new MarkdownRenderer();
        var rendered = markdown.Render("Intro\n\nSee [the land sheet](/en/countries/kh/factsheets/land/#questions).\n", 6, "en/pages/about/index.html");
        Assert.Contains("href=\"../../countries/kh/factsheets/land/index.html#questions\"", rendered.Html, StringComparison.Ordinal);
        var link = Assert.Single(rendered.Links);
        Assert.Equal("/en/countries/kh/factsheets/land/#questions", link.Url);
        Assert.Equal(8, link.Line);
        Assert.Equal(5, link.Column);
    }

    [Fact]
    public void External_links_are_left_alone()
    {
        var rendered = new MarkdownRenderer().Render("[UN](https://www.ohchr.org/) [mail](mailto:a@example.org)", 1, "en/index.html");
        Assert.Empty(rendered.Links);
        Assert.Contains("https://www.ohchr.org/", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_heading_ids_are_kept()
    {
        var rendered = new MarkdownRenderer().Render("## សំណួរ {#questions}\n", 1, "km/index.html");
        Assert.Contains("id=\"questions\"", rendered.Html, StringComparison.Ordinal);
    }
}
