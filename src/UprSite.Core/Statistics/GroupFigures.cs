namespace UprSite.Core.Statistics;

/// <summary>
/// Recommendations of one group (an issue, a recommending State, a regional group, an action category) and how
/// the State under Review answered them.
/// </summary>
/// <param name="Key">The group's name as the rows spell it ("Right to land", "France", "WEOG", "4").</param>
public sealed record GroupFigures(string Key, int Received, int Supported, int Noted)
{
    /// <summary>Supported in part and noted in part: its own value, neither supported, noted nor pending.</summary>
    public int PartlySupported { get; init; }

    public int Pending => Math.Max(0, Received - Supported - Noted - PartlySupported);

    public double? SupportedRate => Shares.Of(Supported, Received);

    public double? NotedRate => Shares.Of(Noted, Received);
}
