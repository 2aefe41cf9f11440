using System.Globalization;
using System.Text;
using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;

namespace UprSite.Build.Tests.Many;

/// <summary>
/// A site of <c>count</c> countries (the first UN States in the reference table, France and Japan left out, so that
/// both can recommend to all of them): each with two rows from France (cycle 2: supported, noted) and one from Japan
/// (cycle 3: supported). The first country declares official totals for cycle 2 (205 received, 163 supported).
/// </summary>
public static class ManyCountrySite
{
    public static IReadOnlyList<UnState> Countries(int count) =>
        UnStates.All.Where(s => s.Alpha2 is not ("FR" or "JP")).Take(count).ToList();

    public static TestSite Write(int count)
    {
        var site = new TestSite(withCountry: false);
        foreach (var (state, i) in Countries(count).Select((s, i) => (s, i)))
        {
            var code = state.Alpha2.ToLowerInvariant();
            var yml = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"names: {{en: \"{state.EnglishName}\", km: \"{state.KhmerName}\"}}")
                .AppendLine(CultureInfo.InvariantCulture, $"aliases: [\"{state.EnglishName}\"]")
                .AppendLine("reviews:")
                .AppendLine("  - cycle: 2")
                .AppendLine("    session: 18")
                .AppendLine("    date: 2014-01-28");
            if (i == 0)
            {
                yml.AppendLine("    declared: {received: 205, supported: 163, noted: 42, source: \"A/HRC/26/16\"}");
            }

            site.Write($"countries/{code}/country.yml", yml.ToString());
            site.Write($"countries/{code}/recommendations/rows.csv", $"""
                id,cycle,session,recommending_state,response,issues,document,paragraph,text
                {code}-1,2,18,France,supported,Right to land,A/HRC/26/16,118.1,Adopt a law on evictions in {code}.
                {code}-2,2,18,France,noted,Justice,A/HRC/26/16,118.2,Reform the courts of {code}.
                {code}-3,3,32,Japan,supported,Labour,A/HRC/41/16,110.3,Strengthen labour inspection in {code}.
                """);
        }

        return site;
    }

    /// <summary>Where each link of the page's navigation points, as output paths.</summary>
    public static IReadOnlyList<string> NavTargets(string pagePath, string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".site-nav a")
            .Select(a => UprSite.Core.Urls.RelativeUrl.Resolve(pagePath, a.GetAttribute("href")!)).ToList();

    /// <summary>The raw text of the page's site header, from its opening tag to its end tag.</summary>
    public static string Header(string html)
    {
        var start = html.IndexOf("<header class=\"site-header\">", StringComparison.Ordinal);
        var end = html.IndexOf("</header>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "no site header");
        return html[start..(end + "</header>".Length)];
    }
}
