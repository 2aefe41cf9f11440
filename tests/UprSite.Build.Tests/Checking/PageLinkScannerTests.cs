using System.Text;
using AngleSharp.Html.Parser;
using UprSite.Build.Checking;
using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.Checking;

/// <summary>The link index read in one pass over a page's text, against AngleSharp's parser.</summary>
[Collection(SampleCollection.Name)]
public sealed class PageLinkScannerTests(SampleSite sample)
{
    [Fact]
    public void Over_every_page_of_the_sample_it_finds_what_the_parser_finds_at_the_same_places()
    {
        var pages = sample.Result.Output!.HtmlPages.ToList();
        Assert.True(pages.Count > 90);
        foreach (var (path, file) in pages)
        {
            var html = Encoding.UTF8.GetString(file.Content);
            var (anchors, links) = Parsed(html);
            var index = PageLinkScanner.Scan(html);
            Assert.True(anchors.SetEquals(index.Anchors), $"{path}: anchors differ: parser only [{string.Join("|", anchors.Except(index.Anchors))}] {anchors.Count}; scanner only [{string.Join("|", index.Anchors.Except(anchors))}] {index.Anchors.Count}");
            Assert.Equal(links, index.Links);
        }
    }

    [Theory]
    [InlineData("<p><a href=\"a.html\">a</a><img src='b.png' alt=x></p>", "a.html@1:4 b.png@1:26")]
    [InlineData("<script>var s = '<a href=\"no.html\">';</script><a href=yes.html>y</a>", "yes.html@1:47")]
    [InlineData("<style>a[href=\"no.html\"] {}</style><!-- <a href=\"no.html\"> --><A HREF=\"up.html\">", "up.html@1:63")]
    [InlineData("<title>x <a href=\"no.html\"></title>\n<textarea><img src=no.png></textarea>\n  <a href=\"q.html?a=1&amp;b=2\" href=\"second.html\">", "q.html?a=1&b=2@3:3")]
    [InlineData("<a\nhref = \"spaced.html\"/><link rel=stylesheet href=\"s.css\"></SCRIPT >", "spaced.html@1:1 s.css@2:23")]
    public void It_reads_tags_as_the_parser_does_and_skips_text_that_only_looks_like_tags(string html, string expected)
    {
        var index = PageLinkScanner.Scan(html);
        Assert.Equal(Parsed(html).Links, index.Links);
        Assert.Equal(expected, string.Join(' ', index.Links.Select(l => $"{l.Url}@{l.Line}:{l.Column}")));
    }

    [Fact]
    public void Anchors_are_ids_and_the_names_of_links_only()
    {
        var index = PageLinkScanner.Scan("<h2 id=\"land-rights\">x</h2><a name=\"old\"></a><input name=\"q\"><div id='a&amp;b'></div>");
        Assert.Equal(["a&b", "land-rights", "old"], index.Anchors.Order(StringComparer.Ordinal));
    }

    private static (HashSet<string> Anchors, List<PageLink> Links) Parsed(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var anchors = document.All.Where(e => e.GetAttribute("id") is not null).Select(e => e.GetAttribute("id")!)
            .Concat(document.All.Where(e => e.LocalName == "a" && e.GetAttribute("name") is not null).Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        var links = document.All
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }.OfType<string>()
                .Select(url => new PageLink(url, e.SourceReference!.Position.Line, e.SourceReference.Position.Column)))
            .ToList();
        return (anchors, links);
    }
}
