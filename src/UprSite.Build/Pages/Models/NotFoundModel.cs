namespace UprSite.Build.Pages.Models;

/// <summary>layouts/not-found.html: the 404 page of a language, and of the site's root.</summary>
public sealed record NotFoundModel(SiteView Site, PageView Page, LanguageView Lang) : PageModel(Site, Page, Lang);
