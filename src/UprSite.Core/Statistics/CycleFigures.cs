namespace UprSite.Core.Statistics;

/// <summary>
/// Recommendations of one cycle and how the State answered them, counted by State: <see cref="Received"/> is the rows,
/// one per recommending State (UPR Info's count); <see cref="Recommendations"/> the paragraphs, however many States
/// made each (the count official totals give).
/// </summary>
public sealed record CycleFigures(int Cycle, int Received, int Supported, int Noted)
{
    /// <summary>Distinct recommendations (paragraphs); equal to <see cref="Received"/> when none was co-sponsored.</summary>
    public int Recommendations { get; init; } = Received;

    /// <summary>Supported paragraphs.</summary>
    public int RecommendationsSupported { get; init; } = Supported;

    /// <summary>Noted paragraphs.</summary>
    public int RecommendationsNoted { get; init; } = Noted;

    /// <summary>Rows supported in part and noted in part: their own value, never pending, no part of <see cref="SupportedRate"/>.</summary>
    public int PartlySupported { get; init; }

    /// <summary>Partly supported paragraphs.</summary>
    public int RecommendationsPartlySupported { get; init; }

    /// <summary>Rows, one per recommending State of each paragraph.</summary>
    public int RecommendationsByState => Received;

    public int Pending => Math.Max(0, Received - Supported - Noted - PartlySupported);

    /// <summary>Share of received recommendations that were supported, between 0 and 1; null when none were received.</summary>
    public double? SupportedRate => Shares.Of(Supported, Received);

    public double? NotedRate => Shares.Of(Noted, Received);

    public double? PendingRate => Shares.Of(Pending, Received);
}
