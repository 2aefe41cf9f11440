namespace UprSite.Build.Pages.Models;

/// <summary>layouts/brief.html: the brief a coalition takes to a meeting with one recommending State's embassy.</summary>
public sealed record BriefModel(SiteView Site, PageView Page, LanguageView Lang, BriefView Brief) : PageModel(Site, Page, Lang);
