namespace UprSite.Build.Parsing.Recommendations;

/// <summary>A file read as a table: header cells (row 1, at <see cref="HeaderLine"/>) and the data rows below it.</summary>
public sealed record DataTable(IReadOnlyList<string> Header, int HeaderLine, IReadOnlyList<TableRow> Rows);
