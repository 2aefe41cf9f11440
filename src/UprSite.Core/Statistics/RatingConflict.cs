using UprSite.Core.Recommendations;

namespace UprSite.Core.Statistics;

/// <summary>
/// Two ratings of one recommendation (one paragraph, rated on the rows of two of its States, or twice) with different
/// statuses: <see cref="Counted"/> is the one the figures use, <see cref="SetAside"/> the other.
/// </summary>
public sealed record RatingConflict(ImplementationRating Counted, ImplementationRating SetAside, Recommendation CountedRow, Recommendation SetAsideRow);
