namespace UprSite.Build.Pages.Models;

/// <summary>layouts/recommending-state.html: what one State recommended to every country of the site it reviewed.</summary>
public sealed record RecommendingStateModel(SiteView Site, PageView Page, LanguageView Lang, StateAcrossView State) : PageModel(Site, Page, Lang);
