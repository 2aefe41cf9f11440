namespace UprSite.Build.Pages.Models;

/// <summary>One factsheet inside a print pack: what the factsheet partial reads.</summary>
public sealed record PackEntryView(FactsheetView Factsheet, FactsheetSectionsView Sections, PreviousView Previous, FactsheetPrintView Print);
