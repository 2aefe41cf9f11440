namespace UprSite.Build.Pages.Models;

/// <summary>
/// What a layout receives: every kind's model has <c>site</c>, <c>page</c> and <c>lang</c>, and its own fields
/// (docs/theming.md lists them). Each property is a layout variable, named in snake_case.
/// </summary>
public abstract record PageModel(SiteView Site, PageView Page, LanguageView Lang);
