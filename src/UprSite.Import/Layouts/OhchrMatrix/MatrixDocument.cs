using UprSite.Core.Reference;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>An OHCHR matrix read: its layout, its recommendations (one per paragraph) and its theme rows.</summary>
public sealed record MatrixDocument(
    MatrixGeneration Generation,
    IReadOnlyList<MatrixRecommendation> Recommendations,
    IReadOnlyList<MatrixThemeRow> ThemeRows)
{
    /// <summary>The review the page heading names ("UPR of Slovenia (2nd Cycle – 20th session)"); null when it names none.</summary>
    public MatrixHeading? Heading { get; init; }

    /// <summary>Rows whose position is "Voluntary pledge": the State's own commitments, not among the recommendations.</summary>
    public IReadOnlyList<MatrixRecommendation> Pledges { get; init; } = [];

    /// <summary>Rows that repeated a paragraph with its text (under another theme) and were merged into it.</summary>
    public int RepeatedRows { get; init; }

    /// <summary>"Recommendations by State", UPR Info's count: one per (paragraph, distinct recommending State).</summary>
    public int RecommendationsByState => Recommendations.Sum(r => r.RecommendingNames.Count);

    /// <summary>Every State that made at least one of the recommendations, in the order of the document.</summary>
    public IReadOnlyList<UnState> RecommendingStates => Recommendations.SelectMany(r => r.RecommendingStates).Distinct().ToList();

    /// <summary>Every name recommendations are counted under: the States, and names that are no known State but read as one.</summary>
    public IReadOnlyList<string> RecommendingNames => Recommendations.SelectMany(r => r.RecommendingNames).Distinct(StringComparer.Ordinal).ToList();

    public int Count(MatrixPosition position) => Recommendations.Count(r => r.Position == position);
}
