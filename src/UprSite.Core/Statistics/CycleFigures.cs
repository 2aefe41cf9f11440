namespace UprSite.Core.Statistics;

/// <summary>Recommendations of one cycle and how the State answered them.</summary>
public sealed record CycleFigures(int Cycle, int Received, int Supported, int Noted)
{
    public int Pending => Math.Max(0, Received - Supported - Noted);

    /// <summary>Share of received recommendations that were supported, between 0 and 1; null when none were received.</summary>
    public double? SupportedRate => Shares.Of(Supported, Received);

    public double? NotedRate => Shares.Of(Noted, Received);

    public double? PendingRate => Shares.Of(Pending, Received);
}
