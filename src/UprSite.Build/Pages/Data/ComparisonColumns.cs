using System.Globalization;
using UprSite.Build.Charts;
using UprSite.Core.Statistics;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The columns every comparison table gives a group of rows: how many, each response, and the three shares of the
/// same figure (supported, partly supported, noted); partly supported is its own value, no part of the supported share.
/// </summary>
public static class ComparisonColumns
{
    /// <param name="receivedLabel">What the count is: "Recommendations by State" when counted from the rows.</param>
    public static List<ChartColumn> Of(DataLabels l, string key, string label, string receivedLabel) =>
    [
        new(key, label, false),
        new("received", receivedLabel, true),
        new("supported", l.T("country.supported"), true, true, "var(--supported)"),
        new("partly_supported", l.T("country.partly_supported"), true, true, "var(--partly-supported)"),
        new("noted", l.T("country.noted"), true, true, "var(--noted)"),
        new("pending", l.T("country.pending"), true, true, "var(--pending)"),
        new("supported_share", l.T("country.acceptance_rate"), true),
        new("partly_supported_share", l.T("compare.column.partly_share"), true),
        new("noted_share", l.T("data.noted_share"), true),
    ];

    public static List<ChartValue> Values(DataLabels l, int received, int supported, int partly, int noted) =>
    [
        ChartValue.Count(received, l.Format),
        ChartValue.Count(supported, l.Format),
        ChartValue.Count(partly, l.Format),
        ChartValue.Count(noted, l.Format),
        ChartValue.Count(Math.Max(0, received - supported - partly - noted), l.Format),
        ChartValue.Share(Shares.Of(supported, received), l.Format),
        ChartValue.Share(Shares.Of(partly, received), l.Format),
        ChartValue.Share(Shares.Of(noted, received), l.Format),
    ];

    public static ChartRow Row(DataLabels l, ChartValue name, GroupFigures g, string? href = null) =>
        new([name, .. Values(l, g.Received, g.Supported, g.PartlySupported, g.Noted)], href);

    public static ChartRow Row(DataLabels l, ChartValue name, CycleFigures c, string? href = null) =>
        new([name, .. Values(l, c.Received, c.Supported, c.PartlySupported, c.Noted)], href);

    /// <summary>A cell of a cross table: "80.0% of 15" (the supported share of how many), "–" when there are none.</summary>
    public static ChartValue ShareOf(DataLabels l, GroupFigures? g) => g is { Received: > 0 }
        ? new(Math.Round(g.SupportedRate!.Value, 4).ToString("0.####", CultureInfo.InvariantCulture),
            l.Fill("compare.cell.share_of", ("share", l.Format.Percent(g.SupportedRate)), ("total", l.Format.Number(g.Received))), g.SupportedRate)
        : new(string.Empty, "–", null);

    /// <summary>A change of a share in percentage points, signed ("+12.5 points"); "–" when unknown.</summary>
    public static ChartValue Points(DataLabels l, double? change) => change is { } c
        ? new(Math.Round(c, 4).ToString("0.####", CultureInfo.InvariantCulture),
            l.Fill("compare.points", ("points", l.Format.Digits((c * 100).ToString("+0.0;−0.0;0.0", l.Culture)))), c)
        : new(string.Empty, "–", null);

    /// <summary>The table without the columns in which every row has zero (no "Pending" when nothing is pending).</summary>
    public static ChartData Trimmed(ChartData data) =>
        data.WithoutEmptyColumn("pending").WithoutEmptyColumn("partly_supported").WithoutEmptyColumn("partly_supported_share");
}
