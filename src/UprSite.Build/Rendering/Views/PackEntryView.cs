namespace UprSite.Build.Rendering.Views;

/// <summary>One factsheet inside a print pack: what the factsheet partial reads.</summary>
public sealed record PackEntryView(FactsheetView Factsheet, FactsheetSectionsView Sections, PreviousView Previous, FactsheetPrintView Print);
