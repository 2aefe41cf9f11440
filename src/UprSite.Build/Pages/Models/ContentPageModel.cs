namespace UprSite.Build.Pages.Models;

/// <summary>layouts/page.html: a free page (input/pages/).</summary>
public sealed record ContentPageModel(SiteView Site, PageView Page, LanguageView Lang, ContentView ContentPage) : PageModel(Site, Page, Lang);
