namespace UprSite.Build.Pages.Models;

/// <summary>A table of figures: header cells, then rows whose first cell is the row header.</summary>
public sealed record DataTableView(string Caption, IReadOnlyList<DataCellView> Headers, IReadOnlyList<IReadOnlyList<DataCellView>> Rows);
