namespace UprSite.Import.Tables;

/// <summary>
/// One cell of a Word table: its paragraphs as lines of text (spaces collapsed, empty paragraphs left out), the
/// 1-based grid column it starts at and how many grid columns it spans.
/// </summary>
/// <param name="MergedFromAbove">
/// The cell continues a vertical merge: <see cref="Lines"/> repeats the text of the cell where the merge starts, as a
/// reader of the printed table sees it.
/// </param>
public sealed record WordTableCell(int Column, int Span, IReadOnlyList<string> Lines, bool MergedFromAbove = false)
{
    /// <summary>The lines joined by line breaks.</summary>
    public string Text => string.Join('\n', Lines);

    public bool IsEmpty => Lines.Count == 0;

    /// <summary>Whether the cell covers the 1-based grid column.</summary>
    public bool Covers(int column) => column >= Column && column < Column + Span;
}
