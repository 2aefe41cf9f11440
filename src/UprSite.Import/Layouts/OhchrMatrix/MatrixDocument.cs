using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>An OHCHR matrix read: its layout, its recommendations (one per paragraph) and its theme rows.</summary>
public sealed record MatrixDocument(
    MatrixGeneration Generation,
    IReadOnlyList<MatrixRecommendation> Recommendations,
    IReadOnlyList<MatrixThemeRow> ThemeRows)
{
    /// <summary>"Recommendations by State", UPR Info's count: one per (paragraph, distinct recommending State).</summary>
    public int RecommendationsByState => Recommendations.Sum(r => r.RecommendingStates.Count);

    /// <summary>Every State that made at least one of the recommendations, in the order of the document.</summary>
    public IReadOnlyList<UnState> RecommendingStates => Recommendations.SelectMany(r => r.RecommendingStates).Distinct().ToList();

    public int Count(MatrixPosition position) => Recommendations.Count(r => r.Position == position);
}
