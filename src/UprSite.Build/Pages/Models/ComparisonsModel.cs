namespace UprSite.Build.Pages.Models;

/// <summary>layouts/comparisons.html: the comparison views of a site of several countries, each with what it shows.</summary>
public sealed record ComparisonsModel(SiteView Site, PageView Page, LanguageView Lang, ComparisonsIndexView Comparisons) : PageModel(Site, Page, Lang);
