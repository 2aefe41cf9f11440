using System.Text;
using System.Xml.Linq;
using UprSite.Build.Output;
using UprSite.Build.Pages;
using UprSite.Build.Tests.Support;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.Output;

/// <summary>sitemap.xml past the protocol's 50,000 URLs: an index of child sitemaps, over the sample's settings.</summary>
[Collection(SampleCollection.Name)]
public sealed class SitemapIndexTests(SampleSite sample)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Base = "https://uprsite-sample.netlify.app/";

    private Site Site => sample.Result.Site!;

    [Fact]
    public void Past_the_limit_sitemap_xml_indexes_child_sitemaps_holding_the_same_urls_in_the_same_order()
    {
        var pages = FreePages(7, "en", "km", "fr");
        var whole = Assert.Single(Sitemap.Files(Site, pages));
        var wholeUrls = Xml(whole.Content).Root!.Elements(Sm + "url").ToList();
        Assert.Equal(21, wholeUrls.Count);

        var files = Sitemap.Files(Site, pages, maxUrls: 5);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap-4.xml", "sitemap-5.xml"], files.Select(f => f.Path));
        var index = Xml(files[0].Content).Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(files.Skip(1).Select(f => Base + f.Path), index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        var children = files.Skip(1).Select(f => Xml(f.Content).Root!).ToList();
        Assert.All(children, c => Assert.Equal(Sm + "urlset", c.Name));
        Assert.Equal([5, 5, 5, 5, 1], children.Select(c => c.Elements(Sm + "url").Count()));
        // Each URL keeps its alternates (three languages and x-default), whichever file it lands in.
        Assert.Equal(wholeUrls.Select(u => u.ToString()), children.SelectMany(c => c.Elements(Sm + "url")).Select(u => u.ToString()));
        Assert.All(children.SelectMany(c => c.Elements(Sm + "url")), u => Assert.Equal(4, u.Elements(Xhtml + "link").Count()));
    }

    [Fact]
    public void Fifty_thousand_urls_fit_in_one_sitemap_and_one_more_makes_an_index_of_two()
    {
        Assert.Equal(50_000, Sitemap.MaxUrls);

        var atLimit = Assert.Single(Sitemap.Files(Site, FreePages(Sitemap.MaxUrls, "en")));
        Assert.Equal(Sitemap.MaxUrls, Xml(atLimit.Content).Root!.Elements(Sm + "url").Count());

        var over = Sitemap.Files(Site, FreePages(Sitemap.MaxUrls + 1, "en"));
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], over.Select(f => f.Path));
        Assert.Equal(Sm + "sitemapindex", Xml(over[0].Content).Root!.Name);
        Assert.Equal([Sitemap.MaxUrls, 1], over.Skip(1).Select(f => Xml(f.Content).Root!.Elements(Sm + "url").Count()));
        Assert.Equal($"{Base}en/pages/p{Sitemap.MaxUrls}/", Xml(over[2].Content).Root!.Element(Sm + "url")!.Element(Sm + "loc")!.Value);
    }

    [Fact]
    public void The_sample_sitemap_is_one_url_set()
    {
        var sitemap = Xml(sample.Result.Output!.Files["sitemap.xml"].Content).Root!;

        Assert.Equal(Sm + "urlset", sitemap.Name);
        Assert.DoesNotContain(sample.Result.Output.Files.Keys, k => k.StartsWith("sitemap-", StringComparison.Ordinal));
    }

    private static List<RenderedPage> FreePages(int count, params string[] languages) =>
        Enumerable.Range(0, count)
            .SelectMany(i => languages.Select(l => new RenderedPage(PageKinds.Page, new PageAddress(l, Slug: $"p{i}"), false, $"input/pages/p{i}.{l}.md")))
            .ToList();

    private static XDocument Xml(byte[] content) => XDocument.Parse(Encoding.UTF8.GetString(content));
}
