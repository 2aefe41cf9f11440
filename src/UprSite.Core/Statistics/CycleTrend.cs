namespace UprSite.Core.Statistics;

/// <summary>One cycle compared with the cycle before it (null changes for the first cycle).</summary>
/// <param name="SupportedRateChange">Change of the supported share in points of a share (0.05 = five percentage points).</param>
public sealed record CycleTrend(int Cycle, int Received, double? SupportedRate, int? ReceivedChange, double? SupportedRateChange);
