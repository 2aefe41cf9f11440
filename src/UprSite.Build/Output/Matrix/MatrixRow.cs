using UprSite.Core.Recommendations;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Output.Matrix;

/// <summary>
/// One row of the matrix: one recommendation (a paragraph of the Working Group report) with every State that made it.
/// </summary>
/// <param name="Paragraph">The paragraph number when the rows give it.</param>
/// <param name="States">The recommending States, once each, in the order of the site's rows.</param>
/// <param name="Issues">Every UPR issue of the paragraph's rows, in order, once each.</param>
/// <param name="Rating">The coalition's assessment of the paragraph: the latest of its rows' ratings.</param>
public sealed record MatrixRow(
    string? Paragraph,
    string Text,
    IReadOnlyList<string> States,
    Response Response,
    IReadOnlyList<string> Issues,
    string? Document,
    ImplementationRating? Rating);
