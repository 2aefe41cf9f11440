namespace UprSite.Build.Pages.Models;

/// <summary>A table cell: its text, whether it is a number (aligned to the end), and a link when it names a page.</summary>
public sealed record DataCellView(string Text, bool IsNumber, string? Href = null, string? Lang = null);
