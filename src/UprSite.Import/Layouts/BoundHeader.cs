namespace UprSite.Import.Layouts;

/// <summary>A header bound by <see cref="HeaderBinder"/>: the 0-based index of each known column the file has.</summary>
public sealed class BoundHeader(IReadOnlyDictionary<string, int> index)
{
    /// <summary>The column's 0-based index; -1 when the file has no such column.</summary>
    public int IndexOf(string column) => index.GetValueOrDefault(column, -1);

    /// <summary>The row's value in that column with its 1-based column number; null when the file has no such column.</summary>
    public Cell? CellOf(Tables.RawRow row, string column) =>
        index.TryGetValue(column, out var i) ? new Cell(row[i], i + 1) : null;
}
