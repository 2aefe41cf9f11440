using UprSite.Core.Vocabulary;

namespace UprSite.Core.Recommendations;

/// <summary>A coalition's assessment of one recommendation, always with its evidence and source.</summary>
public sealed record ImplementationRating(
    string RecommendationId,
    ImplementationStatus Status,
    string Evidence,
    string? Source,
    DateOnly? Assessed,
    RowRef Row);
