namespace UprSite.Import.Tables;

/// <summary>One data row of a table: the line (CSV) or sheet row (Excel) it starts on, and its cells, trimmed.</summary>
public sealed record RawRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at a 0-based index; empty when the row is shorter than the header.</summary>
    public string this[int index] => index < Cells.Count ? Cells[index] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrEmpty);
}
