namespace UprSite.Build.Pages.Models;

/// <summary>What explorer.js loads and links, relative to the page.</summary>
/// <param name="TextHref">The first text file (text-1.json); the others differ by their number.</param>
/// <param name="StateHref">A State's page with {slug} in place of its slug.</param>
/// <param name="CsvName">The exported file's name.</param>
public sealed record ExplorerDataView(string IndexHref, string TextHref, string StateHref, string ExportLabel, string CsvName,
    string CsvHeader);
