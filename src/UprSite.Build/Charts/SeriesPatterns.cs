using System.Text.Json.Nodes;

namespace UprSite.Build.Charts;

/// <summary>
/// The fill pattern that goes with a series colour, so that bars whose colour carries a meaning (supported or noted,
/// an implementation status) are also told apart in greyscale, on paper and by readers who do not see the difference
/// in hue. The pattern's lines are white or black, whichever stands out on the colour (plotly.js chooses).
/// </summary>
public static class SeriesPatterns
{
    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["var(--noted)"] = "/",
        ["var(--partly-supported)"] = "\\",
        ["var(--pending)"] = ".",
        ["var(--status-partially-implemented)"] = "/",
        ["var(--status-not-implemented)"] = "x",
        ["var(--status-no-information)"] = ".",
    };

    /// <summary>A plotly.js marker pattern for the colour; null for a colour drawn solid (supported, fully implemented, the cycles).</summary>
    public static JsonObject? For(string? colour) =>
        colour is not null && Shapes.TryGetValue(colour, out var shape)
            ? new JsonObject { ["shape"] = shape, ["size"] = 7, ["solidity"] = 0.25 }
            : null;
}
