using System.Globalization;
using UprSite.Build.I18n;
using UprSite.Build.Pages.Models;
using UprSite.Build.Templates;
using UprSite.Core.Urls;

namespace UprSite.Build.Charts;

/// <summary>From <see cref="ChartData"/> to what the page shows: the figure JSON, the table, the CSV link.</summary>
public static class ChartViews
{
    public static ChartView Of(ChartData chart, string countryCode, CultureInfo culture, LocaleFormat format, Func<string, string> href)
    {
        var figure = PlotlyFigure.Build(chart, culture, format);
        var headers = chart.Columns.Select(c => new DataCellView(c.Label, c.IsNumber)).ToList();
        var rows = chart.Rows
            .Select(r => (IReadOnlyList<DataCellView>)r.Values
                .Select((v, i) => new DataCellView(v.Display, chart.Columns[i].IsNumber, i == 0 ? r.Href : null, v.Lang))
                .ToList())
            .ToList();
        var csvPath = CountryDataPaths.ChartCsv(countryCode, chart.Id);
        return new ChartView(chart.Id, chart.Title, chart.Summary, chart.Note, new RawHtml(figure),
            new DataTableView(chart.Title, headers, rows), href(csvPath), csvPath.Split('/')[^1]);
    }
}
