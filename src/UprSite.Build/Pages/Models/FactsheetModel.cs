namespace UprSite.Build.Pages.Models;

/// <summary>layouts/factsheet.html: one factsheet, in its parts, with what the State was already told and its print links.</summary>
public sealed record FactsheetModel(SiteView Site, PageView Page, LanguageView Lang, CountryView Country, FactsheetView Factsheet,
    FactsheetSectionsView Sections, PreviousView Previous, FactsheetPrintView Print) : PageModel(Site, Page, Lang);
