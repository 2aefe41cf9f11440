namespace UprSite.Import.Tables;

/// <summary>
/// One row of a Word table, numbered from 1 through all the document's tables (the first row of a second table of 40
/// rows is 41): the number locates diagnostics and tells apart the recommendations of rows without a paragraph number,
/// so no two rows of a document share it.
/// </summary>
public sealed record WordTableRow(int Number, IReadOnlyList<WordTableCell> Cells)
{
    /// <summary>The cell covering the 1-based grid column; null when the row has none there.</summary>
    public WordTableCell? CellAt(int column) => Cells.FirstOrDefault(c => c.Covers(column));

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
