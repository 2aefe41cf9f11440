using UprSite.Core.Reference;
using UprSite.Import.States;

namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>
/// One recommendation of a matrix: one paragraph of the Working Group report with every State that made it.
/// </summary>
/// <param name="Paragraph">The paragraph number ("186.28"); null when the row gives none (warned about).</param>
/// <param name="Text">The recommendation as printed, without its paragraph number and "Source of position" line.</param>
/// <param name="Clauses">The text cut after each State's bracket; one clause when the States have a column of their own.</param>
/// <param name="RecommendingStates">
/// Every State the paragraph names, once each, in the order it first names them: a State named in two clauses of
/// one paragraph is one recommendation by that State.
/// </param>
/// <param name="UnrecognisedStates">Names given as States that are no known State.</param>
/// <param name="RecommendingNames">
/// The names the paragraph's rows are counted under: each State's UN English name, then each unrecognised name that
/// reads as a State's (a misspelling near one, or any name of a States column), as written; the import warns about
/// those with the nearest States (UPR0533), as for every other source. Other unrecognised names are UPR0523 warnings.
/// </param>
/// <param name="Position">Null when the cell holds a value that is not a position (a UPR0525 error).</param>
/// <param name="PositionText">The position cell's value as written.</param>
/// <param name="ClusterThemes">The "Theme: …" rows the paragraph is listed under (more than one when it is repeated).</param>
/// <param name="Themes">The "Full list of themes" cell.</param>
/// <param name="AffectedPersons">The items under "Affected persons:", as written ("persons deprived of their liberty").</param>
/// <param name="Sdgs">The SDG goals or targets the matrix links the paragraph to ("16", "16.3"), as numbers.</param>
/// <param name="Assessment">The assessment/comments column, its paragraphs joined by line breaks; empty when blank.</param>
/// <param name="Table">The 1-based table and row of the document the paragraph was read from.</param>
public sealed record MatrixRecommendation(
    string? Paragraph,
    string Text,
    IReadOnlyList<MatrixClause> Clauses,
    IReadOnlyList<UnState> RecommendingStates,
    IReadOnlyList<UnrecognisedState> UnrecognisedStates,
    IReadOnlyList<string> RecommendingNames,
    MatrixPosition? Position,
    string PositionText,
    IReadOnlyList<MatrixTheme> ClusterThemes,
    IReadOnlyList<MatrixTheme> Themes,
    IReadOnlyList<string> AffectedPersons,
    IReadOnlyList<string> Sdgs,
    string Assessment,
    PositionSource? SourceOfPosition,
    int Table,
    int Row)
{
    /// <summary>The grid column that names the States: a States column of its own, else the recommendation's.</summary>
    public int StatesColumn { get; init; } = 1;

    /// <summary>
    /// The positions of States answered otherwise than the paragraph's other States, by folded name: lines
    /// "Supported: France; Spain" under the position (the site's own matrix writes them where co-sponsors were answered
    /// apart); empty when every State has the paragraph's position.
    /// </summary>
    public IReadOnlyDictionary<string, MatrixPosition> StatePositions { get; init; } = new Dictionary<string, MatrixPosition>();

    /// <summary>The position of one of <see cref="RecommendingNames"/>: its own line's, else the paragraph's.</summary>
    public MatrixPosition? PositionOf(string name) =>
        StatePositions.TryGetValue(NameFolding.Fold(name), out var own) ? own : Position;
}
