namespace UprSite.Build.Pages.Models;

/// <summary>layouts/not-found.html: the 404 page of a language, and of the site's root.</summary>
/// <param name="IsSiteRoot">
/// The site's own /404.html, which a host without per-folder rules (GitHub Pages) shows for every unknown address: it
/// lists every language and sends a reader under a language's folder to that language's 404 page (not-found.js).
/// </param>
public sealed record NotFoundModel(SiteView Site, PageView Page, LanguageView Lang, bool IsSiteRoot = false) : PageModel(Site, Page, Lang);
