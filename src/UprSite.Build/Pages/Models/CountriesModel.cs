namespace UprSite.Build.Pages.Models;

/// <summary>layouts/countries.html: every country of the site with its figures, by regional group.</summary>
public sealed record CountriesModel(SiteView Site, PageView Page, LanguageView Lang, CountriesIndexView Countries) : PageModel(Site, Page, Lang);
