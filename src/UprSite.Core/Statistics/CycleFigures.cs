namespace UprSite.Core.Statistics;

/// <summary>
/// Recommendations of one cycle and how the State answered them, counted by State: <see cref="Received"/> is the rows,
/// one per recommending State (UPR Info's count); <see cref="Recommendations"/> the paragraphs, however many States
/// made each (the count official totals give), which is known only when <see cref="ParagraphsKnown"/>.
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

    /// <summary>
    /// Rows that give no paragraph number. While there is one, the rows cannot be grouped into paragraphs (UPR Info's
    /// exports give one row per State and no paragraph, so the co-sponsors of a paragraph cannot be told apart from
    /// recommendations of their own), and <see cref="Recommendations"/> is no count of paragraphs.
    /// </summary>
    public int WithoutParagraph { get; init; }

    /// <summary>
    /// Rows that give only a bare paragraph number ("38"), the paragraph under which a 2008–2011 report lists all its
    /// recommendations (<see cref="Recommendations.RecommendationKey.NamesOne"/>): their texts tell them apart, but
    /// not as the report numbers them, so while there is one <see cref="Recommendations"/> is no count of paragraphs either.
    /// </summary>
    public int UnderListNumber { get; init; }

    /// <summary>Rows that give no paragraph number of their own: <see cref="WithoutParagraph"/> and <see cref="UnderListNumber"/>.</summary>
    public int WithoutOwnParagraph => WithoutParagraph + UnderListNumber;

    /// <summary>True when every row gives its own paragraph (always for official totals), so <see cref="Recommendations"/> counts paragraphs.</summary>
    public bool ParagraphsKnown => WithoutOwnParagraph == 0;

    public int Pending => Math.Max(0, Received - Supported - Noted - PartlySupported);

    /// <summary>Share of received recommendations that were supported, between 0 and 1; null when none were received.</summary>
    public double? SupportedRate => Shares.Of(Supported, Received);

    public double? NotedRate => Shares.Of(Noted, Received);

    public double? PendingRate => Shares.Of(Pending, Received);
}
