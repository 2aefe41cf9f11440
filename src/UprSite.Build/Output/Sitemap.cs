using System.Text;
using System.Xml;
using UprSite.Build.Pages;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// sitemap.xml: every page written in a language of a kind that is in the sitemap (<see cref="PageKind.InSitemap"/>;
/// fallback pages are not: their canonical is the original), each with hreflang alternates between its translations
/// and an x-default (<see cref="PageKind.XDefault"/>: the language chooser for home pages, else the default language's
/// version). The protocol allows 50,000 URLs and 50 MB in one file: past either, sitemap.xml becomes a sitemap index
/// of sitemap-1.xml, sitemap-2.xml … at the site root, each within both limits, the URLs in the same order.
/// </summary>
public static class Sitemap
{
    /// <summary>The most URLs one sitemap file may hold (sitemaps.org protocol).</summary>
    public const int MaxUrls = 50_000;

    /// <summary>The most bytes one sitemap file may hold (50 MiB), less room for what the estimate leaves out.</summary>
    public const int MaxBytes = 50 * 1024 * 1024 - 64 * 1024;

    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    private sealed record Group(IReadOnlyList<(string Language, string Path)> Pages, string XDefault);

    /// <summary>The output path of the <paramref name="number"/>th child sitemap of the index (from 1).</summary>
    public static string ChildPath(int number) => $"sitemap-{number}.xml";

    /// <summary>sitemap.xml, and when the URLs do not fit in one file, the child sitemaps it indexes.</summary>
    /// <param name="pages">The pages Render wrote; those of a kind <see cref="PageKind.InSitemap"/> that are not fallbacks are listed.</param>
    /// <param name="maxUrls">The most URLs in one file: <see cref="MaxUrls"/>, smaller in tests.</param>
    public static IReadOnlyList<(string Path, byte[] Content)> Files(Site site, IReadOnlyList<RenderedPage> pages, int maxUrls = MaxUrls)
    {
        var baseUrl = site.Settings.BaseUrl;
        var urls = Urls(site, pages);
        var chunks = Chunks(baseUrl, urls, maxUrls);
        if (chunks.Count <= 1)
        {
            return [(SitePaths.Sitemap, UrlSet(baseUrl, chunks.FirstOrDefault() ?? []))];
        }

        var children = chunks.Select((chunk, i) => (ChildPath(i + 1), UrlSet(baseUrl, chunk))).ToList();
        return [(SitePaths.Sitemap, Index(baseUrl, children.Select(c => c.Item1))), .. children];
    }

    /// <summary>Every URL in the order of the sitemap: the language chooser first, then each group of translations.</summary>
    private static List<(string Path, Group Group)> Urls(Site site, IReadOnlyList<RenderedPage> pages)
    {
        var defaultLanguage = site.Settings.DefaultLanguage.Code;
        var countries = site.Countries.Select((c, i) => (c.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        var kinds = PageKinds.All.ToList();
        var countryKind = kinds.IndexOf(PageKinds.Country);
        int KindIndex(PageKind kind) => kinds.IndexOf(kind);
        // A country's pages follow the kinds of no country that come before Country in PageKinds.All (home), and
        // precede the others (free pages).
        int CountryRank(RenderedPage page) => page.Address.Country is { } code ? countries[code]
            : KindIndex(page.Kind) < countryKind ? -1 : int.MaxValue;

        var listed = pages.Where(p => p.Kind.InSitemap && !p.IsFallback).ToList();
        var groups = listed.Where(p => p.Kind != PageKinds.Root)
            .GroupBy(p => (p.Kind.Name, p.Address.Country, p.Address.Slug))
            .OrderBy(g => CountryRank(g.First())).ThenBy(g => KindIndex(g.First().Kind))
            .Select(g =>
            {
                // Translations in the order of their files, as the content folder lists them.
                var translations = g.OrderBy(p => p.Source ?? string.Empty, StringComparer.Ordinal).Select(p => (p.Address.Language, p.Path)).ToList();
                var xDefault = g.First().Kind.XDefault
                    ?? translations.FirstOrDefault(p => p.Language == defaultLanguage).Path ?? translations[0].Path;
                return new Group(translations, xDefault);
            })
            .ToList();
        var homes = groups.FirstOrDefault(g => g.XDefault == SitePaths.Root);
        var urls = new List<(string Path, Group Group)>();
        if (homes is not null && listed.Any(p => p.Kind == PageKinds.Root))
        {
            // The language chooser, with the home pages as its alternates.
            urls.Add((SitePaths.Root, homes));
        }

        foreach (var group in groups)
        {
            urls.AddRange(group.Pages.Select(p => (p.Path, group)));
        }

        return urls;
    }

    /// <summary>The URLs cut into files of at most <paramref name="maxUrls"/> URLs and <see cref="MaxBytes"/> bytes.</summary>
    private static List<List<(string Path, Group Group)>> Chunks(string baseUrl, List<(string Path, Group Group)> urls, int maxUrls)
    {
        var chunks = new List<List<(string Path, Group Group)>>();
        var bytes = 0L;
        foreach (var url in urls)
        {
            var size = EstimatedBytes(baseUrl, url.Path, url.Group);
            if (chunks.Count == 0 || chunks[^1].Count == maxUrls || bytes + size > MaxBytes)
            {
                chunks.Add([]);
                bytes = 0;
            }

            chunks[^1].Add(url);
            bytes += size;
        }

        return chunks;
    }

    /// <summary>An upper bound of the bytes of one &lt;url&gt; element as <see cref="WriteUrl"/> writes it.</summary>
    private static long EstimatedBytes(string baseUrl, string path, Group group) =>
        64 + Encoding.UTF8.GetByteCount(SitePaths.Absolute(baseUrl, path)) * 2
        + group.Pages.Append(("x-default", group.XDefault)).Sum(p => 96 + Encoding.UTF8.GetByteCount(p.Item1) + 2 * Encoding.UTF8.GetByteCount(SitePaths.Absolute(baseUrl, p.Item2)));

    private static byte[] UrlSet(string baseUrl, IEnumerable<(string Path, Group Group)> urls) => Document(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (var (path, group) in urls)
        {
            WriteUrl(xml, baseUrl, path, group);
        }

        xml.WriteEndElement();
    });

    private static byte[] Index(string baseUrl, IEnumerable<string> children) => Document(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var child in children)
        {
            xml.WriteStartElement("sitemap", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, SitePaths.Absolute(baseUrl, child));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    // Straight into UTF-8 bytes: a sitemap of 50,000 URLs with their alternates is tens of megabytes, which as a
    // string builder, its string and its bytes were held several times over.
    private static byte[] Document(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = Utf8 }))
        {
            write(xml);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void WriteUrl(XmlWriter xml, string baseUrl, string path, Group group)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, SitePaths.Absolute(baseUrl, path));
        foreach (var (language, alternate) in group.Pages.Append(("x-default", group.XDefault)))
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNs);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", language);
            xml.WriteAttributeString("href", SitePaths.Absolute(baseUrl, alternate));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
