using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Pages;
using UprSite.Build.Pages.Data;
using UprSite.Core.Model;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Search;

/// <summary>
/// What a reader of one language can find: every factsheet and page as that language's site shows it (its
/// translation, or the original on the fallback page), each country, recommending State (its page across the countries when the site has several) and recommendation row.
/// </summary>
public sealed class SearchDocuments(Site site, MarkdownContent markdown, SiteFigures figures)
{
    private const int SnippetLength = 160;

    public IEnumerable<SearchDocument> In(Language language)
    {
        var links = new LanguageLinks(site.Settings);
        foreach (var country in site.Countries)
        {
            var fallback = site.Settings.DefaultLanguage.Code;
            var name = country.Name.Get(language.Code, fallback);
            var summary = country.Summary.Get(language.Code, fallback);
            yield return new SearchDocument("country", name, SitePaths.Country(language.Code, country.Code), language.Code, Cut(summary), name + " " + summary);
            foreach (var translations in country.Factsheets.GroupBy(f => f.Slug))
            {
                var shown = translations.FirstOrDefault(f => f.Language == language.Code)
                    ?? translations.First(f => f.Language == links.OriginOf(translations.Select(t => t.Language).ToList()).Code);
                var body = MarkdownText.Of(markdown.Of(shown).Document);
                yield return new SearchDocument("factsheet", shown.Title, SitePaths.Factsheet(language.Code, country.Code, shown.Slug), shown.Language,
                    Cut(shown.Description ?? shown.Excerpt ?? string.Empty), string.Join(' ', [shown.Title, .. shown.Issues, body]));
            }

            var data = figures.Of(country);
            foreach (var state in figures.States.Count > 0 ? [] : data.States)
            {
                yield return new SearchDocument("state", state.State, CountryDataPaths.RecommendingState(language.Code, country.Code, state.Slug), "en",
                    name, state.State + " " + string.Join(' ', state.Rows.Select(r => r.RegionalGroup).Distinct()));
            }

            var explorer = CountryDataPaths.Explorer(language.Code, country.Code);
            foreach (var row in data.Rows)
            {
                yield return new SearchDocument("recommendation", $"{row.RecommendingState} · {row.Cycle}", explorer + "#" + RecommendationViews.Anchor(row), "en",
                    Cut(row.Text), string.Join(' ', [row.RecommendingState, row.Text, .. row.Issues, row.Document ?? string.Empty]));
            }
        }

        foreach (var state in figures.States)
        {
            yield return SiteWideState(state, language);
        }

        foreach (var translations in site.Pages.GroupBy(p => p.Name))
        {
            var shown = translations.FirstOrDefault(p => p.Language == language.Code)
                ?? translations.First(p => p.Language == links.OriginOf(translations.Select(t => t.Language).ToList()).Code);
            yield return new SearchDocument("page", shown.Title, SitePaths.Page(language.Code, shown.Name), shown.Language,
                Cut(shown.Description ?? shown.Excerpt ?? string.Empty), shown.Title + " " + MarkdownText.Of(markdown.Of(shown)));
        }
    }

    /// <summary>
    /// A recommending State on a site of several countries: its one page across the countries (which links its page
    /// on each), named in the reader's language and found by its English name too.
    /// </summary>
    private SearchDocument SiteWideState(StateAcross state, Language language)
    {
        var fallback = site.Settings.DefaultLanguage.Code;
        var name = UnStates.NameIn(state.State, language.Code);
        var countries = string.Join(", ", state.Countries.Select(c => c.Country.Name.Get(language.Code, fallback)));
        return new SearchDocument("state", name, SiteIndexPaths.State(language.Code, state.Slug), language.Code, Cut(countries),
            string.Join(' ', name, state.State, countries, state.Group is { } group ? RegionalGroups.Name(group, language.Code) + " " + RegionalGroups.Label(group) : string.Empty));
    }

    private static string Cut(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', SnippetLength - 1);
        return text[..(space > 0 ? space : SnippetLength)] + " …";
    }
}
