namespace UprSite.Import.Tables;

/// <summary>One row of a Word table, numbered from 1 within its table, for diagnostics.</summary>
public sealed record WordTableRow(int Number, IReadOnlyList<WordTableCell> Cells)
{
    /// <summary>The cell covering the 1-based grid column; null when the row has none there.</summary>
    public WordTableCell? CellAt(int column) => Cells.FirstOrDefault(c => c.Covers(column));

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
