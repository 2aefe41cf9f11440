using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Tests.Network;

/// <summary>
/// The comparison pages of the many-country sample: an index and four views in every language, each table with the
/// figures of its CSV in the page's words and digits, every link leading to a page or file the build wrote, the
/// header and the countries index linking them, and search leading to each State's page across the countries.
/// </summary>
[Collection(NetworkCollection.Name)]
public sealed class ComparisonPagesTests(NetworkSample sample)
{
    private static readonly string[] Views = ["cycles", "issues", "regions", "categories"];

    private IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, path)));

    private IEnumerable<string> ComparisonPages =>
        sample.Languages.SelectMany(l => Views.Select(v => ComparisonPaths.View(l, v)).Prepend(ComparisonPaths.Index(l)));

    [Fact]
    public void Every_language_has_the_index_and_the_four_views_in_its_own_words()
    {
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics.Where(d => d.IsError)));
        foreach (var view in Views.Prepend("index"))
        {
            var titles = sample.Languages.Select(l =>
            {
                var page = Page(view == "index" ? ComparisonPaths.Index(l) : ComparisonPaths.View(l, view));
                Assert.Equal(l, page.DocumentElement.GetAttribute("lang"));
                return page.QuerySelector("h1")!.TextContent;
            }).ToList();
            Assert.Equal(sample.Languages.Count, titles.Distinct().Count());
        }

        var index = Page(ComparisonPaths.Index("en"));
        Assert.Equal(Views.Select(v => $"{v}/index.html"), index.QuerySelectorAll(".comparison-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_table_of_each_cycle_shows_the_figures_of_its_csv_in_the_digits_and_group_names_of_each_language()
    {
        var csv = BuiltCsv.Read(Path.Combine(sample.Output, ComparisonPaths.Csv("cycles-all")));
        var en = Page(ComparisonPaths.View("en", "cycles")).QuerySelectorAll("#cycles-all tbody tr").ToList();
        var km = Page(ComparisonPaths.View("km", "cycles")).QuerySelectorAll("#cycles-all tbody tr").ToList();

        Assert.Equal(csv.Count, en.Count);
        foreach (var (line, row, khmer) in csv.Zip(en, km))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            Assert.Equal([line["received"], line["supported"], line["partly_supported"], line["noted"]], cells.Take(4));
            Assert.Equal(Khmer(line["received"]), khmer.QuerySelectorAll("td")[0].TextContent);
        }

        var summary = Page(ComparisonPaths.View("km", "cycles")).QuerySelector("#cycles-all .chart-summary")!.TextContent;
        Assert.Contains(Khmer("480"), summary, StringComparison.Ordinal);
        Assert.DoesNotContain("480", summary, StringComparison.Ordinal);

        var fr = Page(ComparisonPaths.View("fr", "regions")).QuerySelectorAll("#regions-reviewed tbody th").Select(t => t.TextContent).ToList();
        Assert.Contains(RegionalGroups.Name(RegionalGroup.African, "fr"), fr);
        var countries = Page(ComparisonPaths.View("km", "cycles")).QuerySelectorAll("#cycles-trend tbody th").Select(t => t.TextContent).ToList();
        Assert.Contains("អាស៊ែបៃហ្សង់", countries);
    }

    private static string Khmer(string digits) => string.Concat(digits.Select(c => char.IsAsciiDigit(c) ? (char)('០' + (c - '0')) : c));

    [Fact]
    public void Every_link_of_the_comparison_pages_leads_to_a_file_the_build_wrote_and_every_anchor_to_its_element()
    {
        var checkedLinks = 0;
        foreach (var path in ComparisonPages)
        {
            foreach (var href in Page(path).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash == 0 ? path : RelativeUrl.Resolve(path, hash < 0 ? href : href[..hash]);
                Assert.True(File.Exists(Path.Combine(sample.Output, target)), $"{path}: {href} → {target}");
                if (hash >= 0 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    Assert.NotNull(Page(target).GetElementById(href[(hash + 1)..]));
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 200, $"{checkedLinks} links");
    }

    [Fact]
    public void Each_table_has_its_csv_and_each_chart_its_figure_and_the_script_that_draws_it()
    {
        foreach (var path in ComparisonPages.Where(p => !p.EndsWith("compare/index.html", StringComparison.Ordinal)))
        {
            var page = Page(path);
            var tables = page.QuerySelectorAll(".comparison-section section[id]").ToList();
            Assert.NotEmpty(tables);
            foreach (var table in tables)
            {
                var csv = table.QuerySelector("a[download][type='text/csv']")!.GetAttribute("download");
                Assert.Equal(table.Id + ".csv", csv);
                Assert.NotNull(table.QuerySelector("table.data-table tbody tr"));
            }

            var charts = page.QuerySelectorAll("section.chart").ToList();
            Assert.NotEmpty(charts);
            foreach (var chart in charts)
            {
                using var figure = JsonDocument.Parse(chart.QuerySelector("script[type='application/json']")!.TextContent);
                Assert.True(figure.RootElement.GetProperty("data").GetArrayLength() > 0, $"{path} {chart.Id}");
            }

            Assert.NotNull(page.QuerySelector("script[src*='charts']"));
        }
    }

    [Fact]
    public void The_header_of_every_page_and_the_countries_index_link_the_comparisons_and_the_sitemap_lists_them()
    {
        foreach (var language in sample.Languages)
        {
            foreach (var path in new[] { SitePaths.Home(language), SitePaths.Country(language, "az"), ComparisonPaths.View(language, "issues") })
            {
                var nav = Page(path).QuerySelectorAll(".site-nav a").Select(a => RelativeUrl.Resolve(path, a.GetAttribute("href")!)).ToList();
                Assert.Contains(ComparisonPaths.Index(language), nav);
            }

            var countries = SiteIndexPaths.Countries(language);
            Assert.Contains(ComparisonPaths.Index(language),
                Page(countries).QuerySelectorAll("main a").Select(a => RelativeUrl.Resolve(countries, a.GetAttribute("href")!)));
        }

        var sitemap = File.ReadAllText(Path.Combine(sample.Output, "sitemap.xml"));
        Assert.All(ComparisonPages, p => Assert.Contains("/" + p[..^"index.html".Length] + "<", sitemap, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_leads_to_each_recommending_states_page_across_the_countries_not_to_one_country_page_each()
    {
        var states = sample.Countries.SelectMany(c => SampleRows.Of(c)).Select(r => UnStates.Resolve(r.RecommendingState).State!.Slug).ToHashSet();
        foreach (var language in sample.Languages)
        {
            var docs = File.ReadAllText(Path.Combine(sample.Output, "search", language, "docs.js"));
            var found = states.Where(s => docs.Contains($"\"../states/{s}/index.html\"", StringComparison.Ordinal)).ToList();
            Assert.Equal(states.Count, found.Count);
            Assert.DoesNotContain("/states/", docs.Replace("\"../states/", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var french = File.ReadAllText(Path.Combine(sample.Output, "search", "fr", "docs.js"));
        Assert.Contains(UnStates.All.First(s => states.Contains(s.Slug) && s.Name("fr") != s.EnglishName).Name("fr"), french, StringComparison.Ordinal);
    }
}
