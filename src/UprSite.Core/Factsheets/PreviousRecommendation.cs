using UprSite.Core.Recommendations;

namespace UprSite.Core.Factsheets;

/// <summary>A recommendation already made on a factsheet's issues, with the coalition's rating when there is one.</summary>
/// <param name="RecommendingStates">Every State that made it (a joint recommendation is one row per co-sponsor).</param>
public sealed record PreviousRecommendation(
    Recommendation Recommendation, ActionCategory? Category, ImplementationRating? Rating, IReadOnlyList<string> RecommendingStates);
