using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// One row of the matrix: one recommendation (a paragraph of the Working Group report) with every State that made it.
/// </summary>
/// <param name="Paragraph">The paragraph number when the rows give it.</param>
/// <param name="States">The recommending States by their UN names, once each, in the order of the site's rows.</param>
/// <param name="Text">The text without the bracketed States a matrix writes after it (the matrix adds them again).</param>
/// <param name="Themes">The source's themes of the paragraph's rows (a matrix's, UHRI's), else their UPR issues; in order, once each.</param>
/// <param name="Rating">The coalition's assessment of the paragraph: the latest of its rows' ratings.</param>
public sealed record MatrixRow(
    string? Paragraph,
    string Text,
    IReadOnlyList<string> States,
    Response Response,
    IReadOnlyList<string> Themes,
    string? Document,
    ImplementationRating? Rating)
{
    /// <summary>The text names the States within it, each after its own clause; the matrix adds no list of States.</summary>
    public bool TextNamesStates { get; init; }

    /// <summary>The source's cluster ("Theme: …" row) of the paragraph, when it had one.</summary>
    public string? Cluster { get; init; }

    /// <summary>
    /// Each State's own response, in the order of <see cref="States"/>, when the States were answered apart (a
    /// paragraph supported for one co-sponsor and noted for another); empty when they share the paragraph's response.
    /// </summary>
    public IReadOnlyList<(string State, Response Response)> StateResponses { get; init; } = [];
}
