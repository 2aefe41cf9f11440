namespace UprSite.Build.Pages.Models;

/// <summary>layouts/home.html: one language's home page.</summary>
public sealed record HomeModel(SiteView Site, PageView Page, LanguageView Lang, HomeView Home) : PageModel(Site, Page, Lang);
