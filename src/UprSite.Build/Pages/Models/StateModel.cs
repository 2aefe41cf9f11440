namespace UprSite.Build.Pages.Models;

/// <summary>layouts/state.html: what one State recommended to a country.</summary>
public sealed record StateModel(SiteView Site, PageView Page, LanguageView Lang, StatePageView State) : PageModel(Site, Page, Lang);
