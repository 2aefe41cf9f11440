using UprSite.Build.Output.Downloads;
namespace UprSite.Build.Charts;

/// <summary>A chart's data as CSV: English snake_case headers, invariant numbers; the same bytes whatever the page language.</summary>
public static class ChartCsv
{
    public static byte[] Write(ChartData chart)
    {
        var csv = new CsvText();
        csv.Row(chart.Columns.Select(c => c.Key));
        foreach (var row in chart.Rows)
        {
            csv.Row(row.Values.Select(v => v.Csv));
        }

        return csv.ToBytes();
    }
}
