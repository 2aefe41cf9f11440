namespace UprSite.Build.Pages.Models;

/// <summary>layouts/country.html: a country's page with its dashboard.</summary>
/// <param name="PrintPack">Null unless the build prints the print pack of this country in this language.</param>
public sealed record CountryModel(SiteView Site, PageView Page, LanguageView Lang, CountryView Country, DashboardView Dashboard,
    PrintPackLinkView? PrintPack) : PageModel(Site, Page, Lang)
{
    /// <summary>Where the UPR cycle stands and civil society's part in each review (partials/calendar.html); null when country.yml gives neither.</summary>
    public CalendarView? Calendar { get; init; }
}
