namespace UprSite.Build.Pages.Models;

/// <summary>layouts/states.html: every recommending State of a site of several countries, by regional group.</summary>
public sealed record StatesModel(SiteView Site, PageView Page, LanguageView Lang, StatesIndexView States) : PageModel(Site, Page, Lang);
