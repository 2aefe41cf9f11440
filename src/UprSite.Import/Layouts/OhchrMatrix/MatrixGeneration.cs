namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>The three layouts of OHCHR matrices in use, told apart by their header (docs/recommendations.md, "OHCHR matrices").</summary>
public enum MatrixGeneration
{
    /// <summary><c>Recommendation | Position | Full list of themes | Assessment…</c>, States in brackets in the text.</summary>
    ThemeList,

    /// <summary><c>Recommendation | Recommending state/s | Position | …</c>: the States in a column of their own.</summary>
    StatesColumn,

    /// <summary><c>Recommendation and recommending State | Position of the State under review | …</c>.</summary>
    RecommendationAndState,
}
