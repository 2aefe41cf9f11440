using System.Globalization;
using UprSite.Build.Charts;

namespace UprSite.Build.Pipeline;

/// <summary>
/// The first chart of a process waits about half a second for Plotly.NET to load and compile, with F#,
/// Newtonsoft.Json and Plotly.NET's default template. Started at the top of a build, that work runs on another core
/// while Load and Parse run on this one: the sample build without a JIT profile falls from about 3.1 s to 2.3 s of
/// wall time on two cores (README, performance). Once per process; the warm-up charts are thrown away.
/// </summary>
public static class ChartLibraryWarmUp
{
    private static readonly Lazy<Task> Started = new(() => Task.Run(Charts));

    /// <summary>
    /// Starts the warm-up (the first call) and returns it; a build waits for it just before Compute, and only when the
    /// site has countries (its charts need Plotly.NET then anyway).
    /// </summary>
    public static Task Start() => Started.Value;

    private static void Charts()
    {
        var columns = new[] { new ChartColumn("name", "name", false), new ChartColumn("value", "value", true, IsPlotted: true) };
        var rows = new[] { new ChartRow([ChartValue.Text("a", "a"), new ChartValue("1", "1", 1)]) };
        foreach (var shape in Enum.GetValues<ChartShape>())
        {
            PlotlyFigure.Build(new ChartData("warm-up", shape, string.Empty, string.Empty, null, columns, rows), CultureInfo.InvariantCulture);
        }
    }
}
