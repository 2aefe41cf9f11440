using UprSite.Build.Compute;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Output.Downloads;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The pages only a site of several countries has (<see cref="Navigation.HasSiteIndexes"/>): the countries index,
/// the index of recommending States and one page per recommending State across the countries, with their downloads.
/// </summary>
public sealed class SiteIndexRenderer(Site site, SiteFigures figures, StringTable strings)
{
    /// <summary>The pages in one language: each page's job, to be made where it renders.</summary>
    public IEnumerable<Func<PageJob?>> Pages(Language language)
    {
        if (!Navigation.HasSiteIndexes(site))
        {
            yield break;
        }

        var l = new DataLabels(strings, language);
        var home = (Func<ViewFactory, LinkView>)(v => v.HomeLink());
        yield return () =>
        {
            var countries = Views(language, PageKinds.Countries, null);
            return new PageJob(PageKinds.Countries, new PageAddress(language.Code), language, new CountriesModel(countries.Site(),
                Page(countries, PageKinds.Countries, new PageAddress(language.Code), l.T("many.countries.title"), [home(countries)]),
                ViewFactory.Language(language), CountriesIndexBuilder.Build(site, figures, l, countries)), countries);
        };

        var statesTitle = l.T("many.states.title");
        yield return () =>
        {
            var states = Views(language, PageKinds.States, null);
            return new PageJob(PageKinds.States, new PageAddress(language.Code), language, new StatesModel(states.Site(),
                Page(states, PageKinds.States, new PageAddress(language.Code), statesTitle, [home(states)]),
                ViewFactory.Language(language), StatesIndexBuilder.Build(figures, l, states)), states);
        };

        foreach (var state in figures.States)
        {
            yield return () =>
            {
                var address = new PageAddress(language.Code, Slug: state.Slug);
                var views = Views(language, PageKinds.RecommendingState, state.Slug);
                var crumbs = new[] { views.HomeLink(), new LinkView(statesTitle, views.Href(SiteIndexPaths.States(language.Code))) };
                var title = l.Fill("many.state.title", l.StateForms(state.State).Placeholders("state"));
                return new PageJob(PageKinds.RecommendingState, address, language, new RecommendingStateModel(views.Site(),
                    Page(views, PageKinds.RecommendingState, address, title, crumbs), ViewFactory.Language(language),
                    StateAcrossBuilder.Build(site, figures, state, l, views)), views);
            };
        }
    }

    /// <summary>The downloads of these pages: the same bytes in every language, so written once.</summary>
    public void AddDownloads(OutputSet output)
    {
        if (!Navigation.HasSiteIndexes(site))
        {
            return;
        }

        output.Add(SiteIndexPaths.CountriesCsv, new OutputFile(CountriesCsv.Write(site, figures)));
        foreach (var state in figures.States)
        {
            output.Add(SiteIndexPaths.StateCsv(state.Slug), new OutputFile(StateAcrossCsv.Write(state, figures)));
        }
    }

    private ViewFactory Views(Language language, PageKind kind, string? slug) =>
        new(site, language, strings, kind.Path(language.Code, slug: slug));

    private PageView Page(ViewFactory views, PageKind kind, PageAddress address, string title, IReadOnlyList<LinkView> crumbs) =>
        views.Page(kind.Name, title, null, kind.PathsByLanguage(address, site.Settings.Languages.Select(x => x.Code)), crumbs);
}
