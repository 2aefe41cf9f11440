namespace UprSite.Build.Pages.Models;

/// <summary>layouts/print-pack.html: every factsheet of a country written in one language, printed as one PDF.</summary>
public sealed record PrintPackModel(SiteView Site, PageView Page, LanguageView Lang, PrintPackView Pack) : PageModel(Site, Page, Lang);
