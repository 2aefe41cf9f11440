using UprSite.Import.Tables;

namespace UprSite.Import.Layouts;

/// <summary>A table whose first row names its columns: the header, and the data rows below it.</summary>
public sealed record HeaderedTable(RawRow Header, IReadOnlyList<RawRow> Rows)
{
    /// <summary>The first row as the header. Readers refuse a file without rows, so a table always has one.</summary>
    public static HeaderedTable Of(RawTable table) =>
        table.Rows.Count == 0
            ? throw new ArgumentException("a table read from a file has at least one row", nameof(table))
            : new HeaderedTable(table.Rows[0], table.Rows.Skip(1).ToList());
}
