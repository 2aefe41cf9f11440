using UprSite.Build.Pages.Data;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>From <see cref="ChartData"/> to what the page shows: the figure JSON (with what its downloads print), the table, the CSV link.</summary>
public static class ChartViews
{
    public static ChartView Of(ChartData chart, CountryDataPage page)
    {
        var l = page.Labels;
        var figure = PlotlyFigure.Build(chart, l.Culture, l.Format, ChartExports.For(chart, page));
        var headers = chart.Columns.Select(c => new DataCellView(c.Label, c.IsNumber)).ToList();
        var rows = chart.Rows
            .Select(r => (IReadOnlyList<DataCellView>)r.Values
                .Select((v, i) => new DataCellView(v.Display, chart.Columns[i].IsNumber, i == 0 ? r.Href : null, v.Lang))
                .ToList())
            .ToList();
        var csvPath = CountryDataPaths.ChartCsv(page.Country.Code, chart.Id);
        return new ChartView(chart.Id, chart.Title, chart.Summary, chart.Note, new RawHtml(figure),
            new DataTableView(chart.Title, headers, rows), page.Href(csvPath), csvPath.Split('/')[^1]);
    }
}
