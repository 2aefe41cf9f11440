using System.Text;
using System.Xml;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Rendering;

/// <summary>sitemap.xml: every page of every language, with hreflang alternates between translations.</summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(Site site, OutputSet output)
    {
        var groups = new List<IReadOnlyList<(string Language, string Path)>>();
        groups.Add(site.Settings.Languages.Select(l => (l.Code, SitePaths.Home(l.Code))).ToList());
        foreach (var country in site.Countries)
        {
            groups.Add(site.Settings.Languages.Select(l => (l.Code, SitePaths.Country(l.Code, country.Code))).ToList());
            groups.Add(site.Settings.Languages.Select(l => (l.Code, CountryDataPaths.Explorer(l.Code, country.Code))).ToList());
            groups.AddRange(StateSlugs.For(country.Recommendations.Select(r => r.RecommendingState)).Values.Order(StringComparer.Ordinal)
                .Select(slug => site.Settings.Languages.Select(l => (l.Code, CountryDataPaths.RecommendingState(l.Code, country.Code, slug))).ToList()));
            groups.AddRange(country.Factsheets.GroupBy(f => f.Slug)
                .Select(g => g.Select(f => (f.Language, SitePaths.Factsheet(f.Language, country.Code, f.Slug))).ToList()));
        }

        groups.AddRange(site.Pages.GroupBy(p => p.Name).Select(g => g.Select(p => (p.Language, SitePaths.Page(p.Language, p.Name))).ToList()));

        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var group in groups)
            {
                foreach (var (_, path) in group.Where(p => output.Contains(p.Path)))
                {
                    xml.WriteStartElement("url", SitemapNs);
                    xml.WriteElementString("loc", SitemapNs, SitePaths.Absolute(site.Settings.BaseUrl, path));
                    foreach (var (language, alternate) in group.Where(p => output.Contains(p.Path)))
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNs);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", language);
                        xml.WriteAttributeString("href", SitePaths.Absolute(site.Settings.BaseUrl, alternate));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetBytes(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }
}
