namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>A recommendation cell taken apart: its paragraph number, its text lines and its labelled lines.</summary>
/// <param name="StatesLine">A "Recommending State(s): …" line, or a last line naming only States, when the cell has one.</param>
public sealed record RecommendationCell(
    string? Paragraph,
    IReadOnlyList<string> TextLines,
    PositionSource? Source,
    IReadOnlyList<string> AffectedPersons,
    string? StatesLine)
{
    public string Text => string.Join(' ', TextLines);
}
