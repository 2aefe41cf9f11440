namespace UprSite.Build.Pages.Models;

/// <summary>layouts/explorer.html: every recommendation of a country, with filters.</summary>
public sealed record ExplorerModel(SiteView Site, PageView Page, LanguageView Lang, ExplorerView Explorer) : PageModel(Site, Page, Lang);
