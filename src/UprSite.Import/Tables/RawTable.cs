namespace UprSite.Import.Tables;

/// <summary>
/// A file read as rows of cells and nothing more (readers leave out empty lines and rows): which row is the header,
/// and what the columns mean, is for the layout to say (<c>Layouts/HeaderedTable</c>, or the OHCHR matrix's own
/// header search).
/// </summary>
public sealed record RawTable(IReadOnlyList<RawRow> Rows);
