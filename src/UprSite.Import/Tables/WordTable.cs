namespace UprSite.Import.Tables;

/// <summary>A table of a Word document's body, numbered from 1 in document order (tables nested in cells are not counted).</summary>
public sealed record WordTable(int Number, IReadOnlyList<WordTableRow> Rows);
