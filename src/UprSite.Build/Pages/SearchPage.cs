using UprSite.Build.I18n;
using UprSite.Build.Pages.Models;
using UprSite.Build.Search;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>The search page of one language (layouts/search.html), which the search box of every page sends its query to.</summary>
public static class SearchPage
{
    public static PageJob Job(Site site, Language language, StringTable strings)
    {
        var path = PageKinds.Search.Path(language.Code);
        var views = new ViewFactory(site, language, strings, path);
        var links = new LanguageLinks(site.Settings);
        var page = views.Page(PageKinds.Search.Name, strings.Get(language.Code, "search.title"), null, links.Everywhere(SearchPaths.Page), [views.HomeLink()]) with
        {
            Hreflangs = [],
            NoIndex = true,
        };
        var model = new SearchModel(views.Site(), page, ViewFactory.Language(language), new SearchView(views.Href(SearchIndex.Folder(language.Code)), new LocaleFormat(language).Digits("0123456789")));
        return new PageJob(PageKinds.Search, new PageAddress(language.Code), language, model, views);
    }
}
