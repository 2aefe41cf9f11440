using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using UprSite.Build.I18n;
using PlotlyChart = Plotly.NET.CSharp.Chart;
using PlotlyColor = Plotly.NET.Color;
using PlotlyGenericChart = Plotly.NET.GenericChart;

namespace UprSite.Build.Charts;

/// <summary>
/// Turns <see cref="ChartData"/> into a plotly.js figure (data and layout) with Plotly.NET. Plotly.NET makes the
/// traces; the layout is ours (no default template, responsive width, the theme's font, the locale's separators),
/// so the JSON stays small and the same for the same data. Colours and the font stay CSS custom properties of the
/// theme's tokens.css; charts.js resolves them when it draws.
/// Only the traces are serialised: GenericChart.toFigureJson also serialises Plotly.NET's default template and takes
/// over a second per chart, where the traces alone take under a millisecond.
/// </summary>
public static class PlotlyFigure
{
    /// <summary>The theme's chart font (tokens.css), resolved by charts.js like the colours.</summary>
    private const string FontFamily = "var(--font-chart, sans-serif)";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The figure as JSON safe to put inside &lt;script type="application/json"&gt;.</summary>
    /// <param name="format">When it writes native digits, the figure carries its own number labels (<see cref="NativeDigitLabels"/>).</param>
    /// <param name="export">What the chart's PNG and SVG downloads print around it (<see cref="ChartExports"/>).</param>
    public static string Build(ChartData chart, CultureInfo culture, LocaleFormat? format = null, JsonObject? export = null)
    {
        var traces = PlotlyGenericChart.getTraces(Traces(chart));
        var data = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(traces))!.AsArray();
        foreach (var trace in data.OfType<JsonObject>())
        {
            if (trace["marker"] is JsonObject marker)
            {
                marker.Remove("pattern");
                if (chart.Shape != ChartShape.Doughnut && SeriesPatterns.For(marker["color"]?.GetValue<string>()) is { } pattern)
                {
                    marker["pattern"] = pattern;
                }
            }
        }

        if (chart.Shape == ChartShape.Doughnut && data.Count > 0)
        {
            // The slices carry their own names, so the responses are told apart without their colours.
            data[0]!["textinfo"] = "label+percent";
            data[0]!["textposition"] = "outside";
            data[0]!["automargin"] = true;
        }

        var result = new JsonObject
        {
            ["data"] = data,
            ["layout"] = Layout(chart, culture),
        };
        if (format is { WritesNativeDigits: true })
        {
            NativeDigitLabels.Apply(result, chart, culture, format);
        }

        if (export is not null)
        {
            result["export"] = export;
        }

        return Escape(result.ToJsonString(Json));
    }

    private static PlotlyGenericChart Traces(ChartData chart)
    {
        var categories = chart.Rows.Select(r => r.Values[0].Display).ToList();
        var plotted = chart.Columns.Select((column, index) => (column, index)).Where(p => p.column.IsPlotted).ToList();
        if (chart.Shape == ChartShape.Doughnut)
        {
            var (_, index) = plotted[0];
            return PlotlyChart.Doughnut<double, string, string>(
                values: chart.Rows.Select(r => r.Values[index].Number ?? 0).ToList(),
                Labels: categories,
                SectionColors: chart.Rows.Select(r => PlotlyColor.fromString(r.Colour ?? "var(--accent)")).ToList(),
                Hole: 0.55);
        }

        var traces = plotted.Select(p =>
        {
            var values = chart.Rows.Select(r => r.Values[p.index].Number ?? 0).ToList();
            var colour = PlotlyColor.fromString(p.column.Colour ?? "var(--accent)");
            return chart.Shape switch
            {
                ChartShape.StackedBar => PlotlyChart.StackedBar<double, string, string>(values, Keys: categories, Name: p.column.Label, MarkerColor: colour),
                ChartShape.GroupedBar => PlotlyChart.Bar<double, string, string>(values, Keys: categories, Name: p.column.Label, MarkerColor: colour),
                ChartShape.ShareLine => PlotlyChart.Line<string, double, string>(categories, values, Name: p.column.Label, LineColor: colour, ShowMarkers: true),
                _ => PlotlyChart.StackedColumn<double, string, string>(values, Keys: categories, Name: p.column.Label, MarkerColor: colour),
            };
        }).ToList();
        return PlotlyChart.Combine(traces);
    }

    private static JsonObject Layout(ChartData chart, CultureInfo culture)
    {
        var horizontal = chart.Shape.IsHorizontal();
        var layout = new JsonObject
        {
            ["autosize"] = true,
            ["height"] = HeightOf(chart),
            ["margin"] = new JsonObject { ["l"] = 8, ["r"] = 8, ["t"] = 36, ["b"] = 8, ["pad"] = 4 },
            ["font"] = new JsonObject { ["family"] = FontFamily, ["size"] = 13, ["color"] = "var(--ink)" },
            ["paper_bgcolor"] = "rgba(0,0,0,0)",
            ["plot_bgcolor"] = "rgba(0,0,0,0)",
            ["separators"] = culture.NumberFormat.NumberDecimalSeparator + culture.NumberFormat.NumberGroupSeparator,
            ["showlegend"] = chart.Shape == ChartShape.Doughnut || chart.Columns.Count(c => c.IsPlotted) > 1,
            ["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["xanchor"] = "left", ["y"] = 1.02, ["yanchor"] = "bottom", ["traceorder"] = "normal" },
            ["hovermode"] = chart.Shape == ChartShape.Doughnut ? "closest" : (horizontal ? "y unified" : "x unified"),
        };
        if (chart.Shape == ChartShape.Doughnut)
        {
            return layout;
        }

        layout["barmode"] = chart.Shape == ChartShape.GroupedBar ? "group" : "stack";
        var categoryAxis = new JsonObject { ["type"] = "category", ["automargin"] = true, ["fixedrange"] = true };
        var valueAxis = new JsonObject
        {
            ["automargin"] = true,
            ["fixedrange"] = true,
            ["rangemode"] = "tozero",
            ["gridcolor"] = "var(--line)",
            // A set gap between the tick labels and the title, which automargin then makes room for. Left unset, the
            // title is only kept inside the margins, and on a phone (where the chart grows to hold its rows) it
            // overlapped the tick labels.
            ["title"] = new JsonObject { ["text"] = chart.ValueAxisTitle ?? string.Empty, ["standoff"] = 12 },
        };
        if (chart.Shape == ChartShape.ShareLine)
        {
            valueAxis["tickformat"] = ".0%";
            valueAxis["range"] = new JsonArray(0, 1.05);
        }
        else if (LargestStack(chart) <= 10)
        {
            // Counts are whole numbers: small axes would otherwise show 0.5 steps.
            valueAxis["dtick"] = 1;
        }

        if (horizontal)
        {
            categoryAxis["autorange"] = "reversed";
        }

        layout[horizontal ? "yaxis" : "xaxis"] = categoryAxis;
        layout[horizontal ? "xaxis" : "yaxis"] = valueAxis;
        return layout;
    }

    /// <summary>The longest bar: a whole stack, or the largest single value when bars stand side by side.</summary>
    public static double LargestStack(ChartData chart)
    {
        var plotted = chart.Columns.Select((c, i) => (c, i)).Where(p => p.c.IsPlotted).Select(p => p.i).ToList();
        return chart.Rows.Select(r => plotted.Select(i => r.Values[i].Number ?? 0))
            .Select(values => chart.Shape == ChartShape.GroupedBar ? values.DefaultIfEmpty(0).Max() : values.Sum())
            .DefaultIfEmpty(0).Max();
    }

    private static int HeightOf(ChartData chart) => chart.Shape switch
    {
        ChartShape.StackedBar => 110 + 30 * chart.Rows.Count,
        ChartShape.GroupedBar => 110 + chart.Rows.Count * (16 + 14 * chart.Columns.Count(c => c.IsPlotted)),
        ChartShape.Doughnut => 300,
        _ => 320,
    };

    /// <summary>JSON inside an HTML script element must not contain "&lt;/script" or "&lt;!--": escape the angle brackets and ampersand.</summary>
    private static string Escape(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
}
