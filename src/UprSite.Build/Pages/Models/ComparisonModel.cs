namespace UprSite.Build.Pages.Models;

/// <summary>layouts/comparison.html: one view comparing the States under Review of a site of several countries.</summary>
public sealed record ComparisonModel(SiteView Site, PageView Page, LanguageView Lang, ComparisonView Comparison) : PageModel(Site, Page, Lang);
