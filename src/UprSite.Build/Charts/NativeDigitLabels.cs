using System.Globalization;
using System.Text.Json.Nodes;
using UprSite.Build.I18n;

namespace UprSite.Build.Charts;

/// <summary>
/// plotly.js writes numbers in Latin digits only. On a page whose language writes its own digits (Khmer with
/// <c>digits: native</c>), the figure therefore carries its own labels: the value axis gets fixed ticks labelled as the
/// page writes numbers, bars and lines show the table's values on hover, and a doughnut's slices its shares.
/// </summary>
public static class NativeDigitLabels
{
    public static void Apply(JsonObject figure, ChartData chart, CultureInfo culture, LocaleFormat format)
    {
        var traces = figure["data"]!.AsArray().OfType<JsonObject>().ToList();
        var plotted = chart.Columns.Select((column, index) => (column, index)).Where(p => p.column.IsPlotted).Select(p => p.index).ToList();
        if (chart.Shape == ChartShape.Doughnut)
        {
            LabelSlices(traces[0], chart, plotted[0], format);
            return;
        }

        foreach (var (trace, index) in traces.Zip(plotted))
        {
            trace["customdata"] = Strings(chart.Rows.Select(r => r.Values[index].Display));
            trace["hovertemplate"] = "%{fullData.name}: %{customdata}<extra></extra>";
        }

        var layout = figure["layout"]!.AsObject();
        var valueAxis = layout[chart.Shape.IsHorizontal() ? "xaxis" : "yaxis"]!.AsObject();
        var share = chart.Shape == ChartShape.ShareLine;
        var ticks = share ? [0, 0.2, 0.4, 0.6, 0.8, 1] : CountTicks(PlotlyFigure.LargestStack(chart));
        valueAxis.Remove("dtick");
        valueAxis.Remove("tickformat");
        valueAxis["tickmode"] = "array";
        valueAxis["tickvals"] = new JsonArray([.. ticks.Select(t => (JsonNode)t)]);
        valueAxis["ticktext"] = Strings(ticks.Select(t => share ? format.Digits(t.ToString("P0", culture)) : format.Number((int)t)));
        if (!share)
        {
            // Up to the top tick, so that it is drawn: plotly's own range would stop just above the largest bar.
            valueAxis["range"] = new JsonArray(0, ticks[^1]);
        }
    }

    /// <summary>0, then steps of 1, 2 or 5 × 10ⁿ (at least 1) up to the first tick at or above the largest value: 2–6 ticks.</summary>
    public static IReadOnlyList<double> CountTicks(double largest)
    {
        if (largest <= 0)
        {
            return [0, 1];
        }

        var rough = largest / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Math.Max(1, new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough));
        var top = Math.Ceiling(largest / step) * step;
        return Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => i * step).ToList();
    }

    private static void LabelSlices(JsonObject trace, ChartData chart, int index, LocaleFormat format)
    {
        var values = chart.Rows.Select(r => r.Values[index].Number ?? 0).ToList();
        var total = values.Sum();
        trace["customdata"] = Strings(chart.Rows.Select(r => r.Values[index].Display));
        trace["text"] = Strings(values.Select(v => format.Percent(total > 0 ? v / total : null)));
        trace["textinfo"] = "label+text";
        trace["hovertemplate"] = "%{label}: %{customdata}<extra></extra>";
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
