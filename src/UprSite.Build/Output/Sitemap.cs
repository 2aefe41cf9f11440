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
/// version).
/// </summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    private sealed record Group(IReadOnlyList<(string Language, string Path)> Pages, string XDefault);

    /// <param name="pages">The pages Render wrote; those of a kind <see cref="PageKind.InSitemap"/> that are not fallbacks are listed.</param>
    public static byte[] Write(Site site, IReadOnlyList<RenderedPage> pages)
    {
        var defaultLanguage = site.Settings.DefaultLanguage.Code;
        var countries = site.Countries.Select((c, i) => (c.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        var countryKind = PageKinds.All.ToList().IndexOf(PageKinds.Country);
        int KindIndex(PageKind kind) => PageKinds.All.ToList().IndexOf(kind);
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

        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            if (homes is not null && listed.Any(p => p.Kind == PageKinds.Root))
            {
                // The language chooser, with the home pages as its alternates.
                WriteUrl(xml, site.Settings.BaseUrl, SitePaths.Root, homes);
            }

            foreach (var group in groups)
            {
                foreach (var (_, path) in group.Pages)
                {
                    WriteUrl(xml, site.Settings.BaseUrl, path, group);
                }
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetBytes(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

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
