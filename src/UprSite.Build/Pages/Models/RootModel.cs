namespace UprSite.Build.Pages.Models;

/// <summary>layouts/root.html: the language chooser at the site's root.</summary>
public sealed record RootModel(SiteView Site, PageView Page, LanguageView Lang) : PageModel(Site, Page, Lang);
