namespace UprSite.Core.Recommendations;

/// <summary>A row of a data file: the file as the user sees it, and the 1-based row (the header is row 1).</summary>
public sealed record RowRef(string File, int Row);
