using System.Text.Json.Nodes;
using UprSite.Build.Pages.Data;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>
/// What a chart's PNG and SVG downloads print around the chart, in the page's language: its title, its source as the
/// page states it (the chart's note, and the documents of official totals), the date of the data, the site and its
/// licence; and the file name, one per country, chart and language (kh-cycles-fr). charts.js lays them out.
/// </summary>
public static class ChartExports
{
    public static JsonObject For(ChartData chart, CountryDataPage page)
    {
        var l = page.Labels;
        var site = page.Site.Settings;
        var language = page.Language.Code;
        var fallback = site.DefaultLanguage.Code;
        var source = string.Join(" ", new[] { chart.Note, Documents(chart, page) }.Where(s => !string.IsNullOrEmpty(s)));
        var credit = site.Title.Get(language, fallback);
        if (Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out _))
        {
            credit += " · " + SitePaths.Absolute(site.BaseUrl, SitePaths.Country(language, page.Country.Code)) + "#" + chart.Id;
        }

        var lines = new JsonArray();
        if (source.Length > 0)
        {
            lines.Add(l.Fill("data.export.source", ("source", source)));
        }

        if (DataDate(page) is { } date)
        {
            lines.Add(l.Fill("data.export.as_of", ("date", l.Format.Date(date))));
        }

        lines.Add(credit);
        if (site.Licence?.Get(language, fallback) is { Length: > 0 } licence)
        {
            lines.Add(licence);
        }

        return new JsonObject
        {
            ["file"] = FileName(chart.Id, page.Country.Code, language),
            ["title"] = chart.Title,
            ["lines"] = lines,
            ["lang"] = language,
        };
    }

    /// <summary>kh-cycles-fr: the country, the chart's id without "chart-", the language.</summary>
    public static string FileName(string chartId, string countryCode, string language) =>
        $"{countryCode}-{(chartId.StartsWith("chart-", StringComparison.Ordinal) ? chartId["chart-".Length..] : chartId)}-{language}";

    /// <summary>The latest date the country's data carries: a review or an implementation assessment; null when none has one.</summary>
    public static DateOnly? DataDate(CountryDataPage page) =>
        page.Country.Reviews.Select(r => r.Date)
            .Concat(page.Data.Ratings.Counted.Select(r => r.Assessed))
            .Where(d => d is not null)
            .DefaultIfEmpty(null)
            .Max();

    /// <summary>"Cycle 1: Report of the Working Group…, A/HRC/13/4; Cycle 2: …" for a chart of official totals.</summary>
    private static string? Documents(ChartData chart, CountryDataPage page)
    {
        if (chart.DeclaredSources is not { Count: > 0 } sources)
        {
            return null;
        }

        var l = page.Labels;
        return string.Join("; ", sources.Select(s => $"{l.Cycle(s.Cycle)}{l.T("punctuation.colon")} {s.Source}")) + ".";
    }
}
