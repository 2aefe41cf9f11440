namespace UprSite.Core.Statistics;

/// <summary>
/// One cycle compared with the cycle before it: null changes for the first cycle, and for a cycle counted on another
/// <see cref="Basis"/> than the one before it (official paragraphs against recommendations by State are no trend).
/// </summary>
/// <param name="Basis">"declared" for the official totals, "rows" for the recommendations by State on the site.</param>
/// <param name="SupportedRateChange">Change of the supported share in points of a share (0.05 = five percentage points).</param>
public sealed record CycleTrend(int Cycle, int Received, double? SupportedRate, int? ReceivedChange, double? SupportedRateChange, string Basis)
{
    public const string Declared = "declared";
    public const string Rows = "rows";
}
