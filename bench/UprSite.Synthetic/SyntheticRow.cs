using UprSite.Core.Reference;

namespace UprSite.Synthetic;

/// <summary>One recommendation row in the canonical layout: one recommending State's part of one paragraph.</summary>
/// <param name="ActionCategory">1–5 when the row gives one; null leaves it to the build to compute from the text.</param>
/// <param name="Themes">Themes as a source names them (written one a line in the cell), often none.</param>
public sealed record SyntheticRow(
    string Id,
    int Cycle,
    int Session,
    UnState RecommendingState,
    string Response,
    int? ActionCategory,
    IReadOnlyList<string> Issues,
    string Document,
    string Paragraph,
    IReadOnlyList<string> Sdgs,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> AffectedPersons,
    string Text);
