namespace UprSite.Build.Pages.Models;

/// <summary>layouts/search.html: a language's search page; search.js fills it from the index in <c>search.index_href</c>.</summary>
public sealed record SearchModel(SiteView Site, PageView Page, LanguageView Lang, SearchView Search) : PageModel(Site, Page, Lang);
