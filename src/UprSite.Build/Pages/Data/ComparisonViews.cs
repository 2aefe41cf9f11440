using System.Text.Json.Nodes;
using UprSite.Build.Charts;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>From a comparison view's tables to what its page shows: the figure of each chart, every table, its CSV link.</summary>
public static class ComparisonViews
{
    public static ComparisonSectionView Section(ComparisonSection section, ComparisonContext c, string view) =>
        new(section.Id, section.Title, section.Tables.Select(t => new ComparisonItemView(t.IsChart, Chart(t, c, view))).ToList());

    private static ChartView Chart(ComparisonTable table, ComparisonContext c, string view)
    {
        var l = c.Labels;
        var chart = table.Data;
        var figure = table.IsChart ? PlotlyFigure.Build(chart, l.Culture, l.Format, Export(chart, c, view)) : string.Empty;
        var headers = chart.Columns.Select(col => new DataCellView(col.Label, col.IsNumber)).ToList();
        var rows = chart.Rows
            .Select(r => (IReadOnlyList<DataCellView>)r.Values
                .Select((v, i) => new DataCellView(v.Display, chart.Columns[i].IsNumber, i == 0 ? r.Href : null, v.Lang))
                .ToList())
            .ToList();
        var csv = ComparisonPaths.Csv(chart.Id);
        return new ChartView(chart.Id, chart.Title, chart.Summary, chart.Note, new RawHtml(figure),
            new DataTableView(chart.Title, headers, rows), c.Views.Href(csv), csv.Split('/')[^1]);
    }

    /// <summary>What a chart's PNG and SVG downloads print around it: title, what it counts, the site and its address, the licence.</summary>
    private static JsonObject Export(ChartData chart, ComparisonContext c, string view)
    {
        var l = c.Labels;
        var settings = c.Site.Settings;
        var fallback = settings.DefaultLanguage.Code;
        var credit = settings.Title.Get(l.Language, fallback);
        if (Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out _))
        {
            credit += " · " + SitePaths.Absolute(settings.BaseUrl, ComparisonPaths.View(l.Language, view)) + "#" + chart.Id;
        }

        var lines = new JsonArray();
        if (chart.Note is { Length: > 0 } note)
        {
            lines.Add(l.Fill("data.export.source", ("source", note)));
        }

        lines.Add(credit);
        if (settings.Licence?.Get(l.Language, fallback) is { Length: > 0 } licence)
        {
            lines.Add(licence);
        }

        return new JsonObject { ["file"] = $"compare-{chart.Id}-{l.Language}", ["title"] = chart.Title, ["lines"] = lines, ["lang"] = l.Language };
    }
}
