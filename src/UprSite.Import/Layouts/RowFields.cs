namespace UprSite.Import.Layouts;

/// <summary>
/// One row as a layout hands it over: the values the model needs, each with its column, before they are checked.
/// A null cell means the layout has no such column. List values come already split (layouts differ in how they join).
/// </summary>
public sealed record RowFields(int Line)
{
    public Cell? Id { get; init; }

    public Cell? Cycle { get; init; }

    public Cell? Session { get; init; }

    public Cell? StateUnderReview { get; init; }

    public Cell? RecommendingState { get; init; }

    public Cell? RegionalGroup { get; init; }

    public Cell? Text { get; init; }

    public Cell? Response { get; init; }

    public Cell? ActionCategory { get; init; }

    public Cell? Document { get; init; }

    public Cell? Paragraph { get; init; }

    /// <summary>Issue names, each with the column it came from.</summary>
    public IReadOnlyList<Cell> Issues { get; init; } = [];

    /// <summary>SDG goals or targets as numbers ("16", "16.10").</summary>
    public IReadOnlyList<Cell> Sdgs { get; init; } = [];

    /// <summary>
    /// The States of a cell that names several (UHRI's "- " list), when a layout gives them apart: the row becomes one
    /// row per State. Empty when <see cref="RecommendingState"/> is the one State.
    /// </summary>
    public IReadOnlyList<Cell> RecommendingStates { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> AffectedPersons { get; init; } = [];

    /// <summary>A matrix's "Theme: …" row above the paragraph (<see cref="UprSite.Core.Recommendations.Recommendation.Cluster"/>).</summary>
    public string? Cluster { get; init; }

    public string? Assessment { get; init; }
}
