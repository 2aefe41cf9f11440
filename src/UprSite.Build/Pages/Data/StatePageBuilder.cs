using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Factsheets;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Statistics;
using UprSite.Core.Text;
using UprSite.Core.Urls;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>One page per recommending State of a country, with every recommendation it made, its response and rating.</summary>
public static class StatePageBuilder
{
    public static StatePageView Build(CountryDataPage page, StateFigures figuresOfState)
    {
        var l = page.Labels;
        var (state, slug, total) = (UnStates.NameIn(figuresOfState.State, page.Language.Code), figuresOfState.Slug, figuresOfState.Total);
        var cycles = figuresOfState.Cycles.Select(c =>
        {
            var figures = c.Total;
            var review = page.Country.Reviews.FirstOrDefault(r => r.Cycle == c.Cycle);
            return new StateCycleView(
                c.Cycle,
                l.Cycle(c.Cycle),
                review?.Date is { } d ? l.Format.Date(d) : null,
                review?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                l.Count("data.state.cycle_figures", figures.Received, ("parts", ResponseParts.Of(l, c.Rows.Select(r => r.Response)))),
                c.Rows.Select(r => RecommendationViews.Of(page, r)).ToList());
        }).ToList();
        var rows = figuresOfState.Cycles.SelectMany(c => c.Rows).ToList();
        var summary = Summary(l, l.StateForms(figuresOfState.State), page.CountryForms, cycles.Select(c => c.Number).ToList(), total,
            rows.Count == 1 ? rows[0].Response : null);
        return new StatePageView(
            state,
            slug,
            page.CountryName,
            summary,
            Holdings.Sentence(page),
            Holdings.Paragraphs(page),
            l.Format.Number(total.Received),
            l.Format.Number(total.Supported),
            l.Format.Number(total.Noted),
            total.PartlySupported > 0 ? l.Format.Number(total.PartlySupported) : null,
            l.Format.Percent(total.SupportedRate),
            figuresOfState.ByIssue.Take(IssuesShown).Select(i => $"{l.Issue(i.Key)} ({l.Format.Number(i.Received)})").ToList(),
            cycles,
            page.Href(CountryDataPaths.Explorer(page.Language.Code, page.Country.Code)) + "?state=" + Uri.EscapeDataString(slug),
            page.Href(SitePaths.Country(page.Language.Code, page.Country.Code)),
            page.Views.FactsheetsOf(page.Country, FactsheetsOnIssues.Of(page.Country, rows).Select(f => f.Slug).ToList()))
        {
            IssuesLabel = IssuesLabel(l, figuresOfState.ByIssue.Count),
            FactsheetsLabel = l.Count("data.state.factsheets", total.Received),
            ExplorerLabel = l.Count("data.state.see_explorer", total.Received),
        };
    }

    /// <summary>
    /// "This site holds one recommendation that Brazil made to the United States of America in cycle 1; …supported it."
    /// for a single recommendation (<paramref name="onlyResponse"/>), else the count and supported share, with the
    /// partly supported ones said apart; the country's verbs agree with its name (<see cref="DataLabels.About"/>).
    /// </summary>
    public static string Summary(DataLabels l, PlaceNameForms state, PlaceNameForms country, IReadOnlyList<int> cycles, GroupFigures total,
        Response? onlyResponse)
    {
        (string Name, string Value)[] values =
        [
            ("cycles", Holdings.InCycles(l, cycles)), .. state.Placeholders("state"), .. country.Placeholders("country"),
            ("supported", l.Format.Number(total.Supported)), ("share", l.Format.Percent(total.SupportedRate)),
        ];
        return onlyResponse is { } response
            ? l.Fill(l.About(country, "data.summary.state_one." + ResponseVocabulary.Key(response)), values)
            : PartlySupportedSentence.After(l, l.Count(l.About(country, "data.summary.state"), total.Received, values), total.PartlySupported, total.Received);
    }

    /// <summary>How many of the State's themes its page and brief name, the most raised first.</summary>
    public const int IssuesShown = 8;

    /// <summary>"Themes raised most" over the first of more themes; over all of them, "Theme raised" or "Themes raised".</summary>
    public static string IssuesLabel(DataLabels l, int issues) =>
        issues > IssuesShown ? l.T("data.state.themes") : l.Count("data.state.themes_all", issues);
}
