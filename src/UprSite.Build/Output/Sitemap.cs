using System.Text;
using System.Xml;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// sitemap.xml: every page written in a language (fallback pages are not: their canonical is the original), each with
/// hreflang alternates between its translations and an x-default (the language chooser for home pages, else the
/// default language's version).
/// </summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    private sealed record Group(IReadOnlyList<(string Language, string Path)> Pages, string XDefault);

    public static byte[] Write(Site site, OutputSet output)
    {
        var defaultLanguage = site.Settings.DefaultLanguage.Code;
        var groups = new List<Group>();
        var homes = site.Settings.Languages.Select(l => (l.Code, SitePaths.Home(l.Code))).ToList();
        groups.Add(new Group(homes, SitePaths.Root));
        foreach (var country in site.Countries)
        {
            groups.Add(new Group(site.Settings.Languages.Select(l => (l.Code, SitePaths.Country(l.Code, country.Code))).ToList(),
                SitePaths.Country(defaultLanguage, country.Code)));
            groups.Add(new Group(site.Settings.Languages.Select(l => (l.Code, CountryDataPaths.Explorer(l.Code, country.Code))).ToList(),
                CountryDataPaths.Explorer(defaultLanguage, country.Code)));
            groups.AddRange(StateSlugs.For(country.Recommendations.Select(r => r.RecommendingState)).Values.Order(StringComparer.Ordinal)
                .Select(slug => new Group(site.Settings.Languages.Select(l => (l.Code, CountryDataPaths.RecommendingState(l.Code, country.Code, slug))).ToList(),
                    CountryDataPaths.RecommendingState(defaultLanguage, country.Code, slug))));
            groups.AddRange(country.Factsheets.GroupBy(f => f.Slug).Select(g => Translated(
                g.Select(f => (f.Language, SitePaths.Factsheet(f.Language, country.Code, f.Slug))).ToList(), defaultLanguage)));
        }

        groups.AddRange(site.Pages.GroupBy(p => p.Name)
            .Select(g => Translated(g.Select(p => (p.Language, SitePaths.Page(p.Language, p.Name))).ToList(), defaultLanguage)));

        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            if (output.Contains(SitePaths.Root))
            {
                WriteUrl(xml, site.Settings.BaseUrl, SitePaths.Root, groups[0], output);
            }

            foreach (var group in groups)
            {
                foreach (var (_, path) in group.Pages.Where(p => output.Contains(p.Path)))
                {
                    WriteUrl(xml, site.Settings.BaseUrl, path, group, output);
                }
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetBytes(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    private static Group Translated(List<(string Language, string Path)> pages, string defaultLanguage) =>
        new(pages, pages.FirstOrDefault(p => p.Language == defaultLanguage).Path ?? pages[0].Path);

    private static void WriteUrl(XmlWriter xml, string baseUrl, string path, Group group, OutputSet output)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, SitePaths.Absolute(baseUrl, path));
        foreach (var (language, alternate) in group.Pages.Where(p => output.Contains(p.Path)).Append(("x-default", group.XDefault)))
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
