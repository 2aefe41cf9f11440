using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Model;
using UprSite.Core.Urls;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// A recommending State's brief in one language: what it recommended in each cycle (newest first) with the responses
/// and the coalition's ratings and evidence, and the coalition's draft recommendations on the themes it raised.
/// </summary>
public static class BriefBuilder
{
    /// <summary>The room "what comes next" takes under the brief's header, in lines of body text (its steps run on).</summary>
    private const int ComingLines = 3;

    /// <param name="drafts">The factsheets on its themes (<see cref="DraftFactsheets"/>) with their recommendations as shown on the brief.</param>
    /// <param name="coming">The country's UPR calendar steps still to come (<see cref="CalendarBuilder.Coming"/>).</param>
    public static BriefView Build(CountryDataPage page, StateFigures state, IReadOnlyList<(Factsheet Factsheet, IReadOnlyList<FactsheetItemView> Items)> drafts,
        BriefPrintView print, string title, DateOnly today, IReadOnlyList<CalendarStepView>? coming = null)
    {
        var l = page.Labels;
        var statePage = StatePageBuilder.Build(page, state);
        var stateForms = l.StateForms(state.State).Placeholders("state");
        var statePath = CountryDataPaths.RecommendingState(page.Language.Code, page.Country.Code, state.Slug);
        var newestFirst = Enumerable.Reverse(state.Cycles).ToList();
        var draftLines = drafts.Sum(d => 2 + d.Factsheet.Sections.Recommendations!.Items.Sum(i => BriefSelection.LinesOf(i.Text, d.Factsheet.Language == "km")));
        var inFull = BriefSelection.InFull(
            newestFirst.Select(c => (IReadOnlyList<int>)c.Rows.Select(r => BriefSelection.RowLines(r.Text, page.Data.RatingOf(r)?.Evidence)).ToList()).ToList(),
            draftLines + (coming is { Count: > 0 } ? ComingLines : 0), page.Language.Code == "km");
        var cycles = newestFirst.Select((c, i) =>
        {
            var review = page.Country.Reviews.FirstOrDefault(r => r.Cycle == c.Cycle);
            var figures = statePage.Cycles.Single(v => v.Number == c.Cycle).Figures;
            var shown = c.Rows.Take(inFull[i]).Select(r => RecommendationViews.Of(page, r)).ToList();
            var left = c.Rows.Count - shown.Count;
            string? rest = left == 0 ? null
                : shown.Count == 0 ? l.T("brief.summarised")
                : l.Count("brief.rest", left);
            return new BriefCycleView(c.Cycle, l.Cycle(c.Cycle), review?.Date is { } d ? l.Format.Date(d) : null,
                review?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), figures, shown, rest,
                shown.Count == 0 ? Ratings(page, c.Rows) : null);
        }).ToList();
        var inFullCount = inFull.Sum();
        var scope = inFullCount == state.Rows.Count ? null
            : l.Count("brief.scope", state.Rows.Count, ("shown", l.Format.Number(inFullCount)));
        var date = Newest(page, state, drafts.Select(d => d.Factsheet));
        var draftViews = drafts.Select(d => new BriefDraftView(d.Factsheet.Title,
            d.Factsheet.Language == page.Language.Code ? null : d.Factsheet.Language,
            l.Join(SharedIssues(d.Factsheet, state).Select(l.Issue).ToList()),
            SitePaths.Absolute(page.Site.Settings.BaseUrl, SitePaths.Factsheet(d.Factsheet.Language, page.Country.Code, d.Factsheet.Slug)),
            page.Href(SitePaths.Factsheet(d.Factsheet.Language, page.Country.Code, d.Factsheet.Slug)),
            d.Items)).ToList();
        var draftsIntro = drafts.Count > 0 ? l.Fill("brief.drafts_intro", [.. stateForms, .. page.CountryPlaceholders])
            : page.Country.Factsheets.Count == 0 ? l.Fill("brief.drafts_no_factsheets", [.. stateForms, .. page.CountryPlaceholders])
            : l.Fill("brief.drafts_none", [.. stateForms, .. page.CountryPlaceholders]);
        var factsheets = drafts.Count > 0 ? [] : ByTranslation(page.Country, page.Language.Code, page.Site.Settings.DefaultLanguage.Code)
            .Select(f => new BriefFactsheetView(f.Title, f.Language == page.Language.Code ? null : f.Language,
                page.Href(SitePaths.Factsheet(f.Language, page.Country.Code, f.Slug))))
            .ToList();
        return new BriefView(title, statePage.Name, page.CountryName, statePage.Summary,
            date is { } newest ? l.Format.Date(newest) : null, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            statePage.Issues.Count == 0 ? null : string.Join(l.T("data.list.separator"), statePage.Issues), scope,
            cycles, draftsIntro, draftViews, factsheets, print, page.Href(statePath))
        {
            Coming = coming ?? [],
            AsOf = l.Fill("calendar.as_of", ("date", l.Format.Date(today))),
            AsOfIso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ThemesLabel = statePage.IssuesLabel,
            BackLabel = l.Count("brief.back", state.Rows.Count),
        };
    }

    /// <summary>
    /// The country's factsheets (in <paramref name="language"/> where translated, else their original) that share a
    /// theme with the State's recommendations and have draft recommendations, the most shared recommendations first.
    /// </summary>
    public static IReadOnlyList<Factsheet> DraftFactsheets(Country country, StateFigures state, string language, string defaultLanguage) =>
        ByTranslation(country, language, defaultLanguage)
            .Where(f => f.Sections.Recommendations is { Items.Count: > 0 })
            .Select(f => (Factsheet: f, Shared: state.Rows.Count(r => r.Issues.Any(i => IssueKeys(f.Issues).Contains(Key(i))))))
            .Where(f => f.Shared > 0)
            .OrderByDescending(f => f.Shared).ThenBy(f => f.Factsheet.Slug, StringComparer.Ordinal)
            .Select(f => f.Factsheet).ToList();

    /// <summary>The brief's date: the newest rating of the State's rows, update of a draft's factsheet or review of its cycles.</summary>
    public static DateOnly? Newest(CountryDataPage page, StateFigures state, IEnumerable<Factsheet> drafts)
    {
        var cycles = state.Cycles.Select(c => c.Cycle).ToHashSet();
        return state.Rows.Select(r => page.Data.RatingOf(r)?.Assessed)
            .Concat(drafts.Select(f => f.Updated))
            .Concat(page.Country.Reviews.Where(r => cycles.Contains(r.Cycle)).Select(r => r.Date))
            .Max();
    }

    private static IEnumerable<Factsheet> ByTranslation(Country country, string language, string? defaultLanguage = null) =>
        country.Factsheets.GroupBy(f => f.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(f => f.Language == language) ?? g.FirstOrDefault(f => f.Language == defaultLanguage) ?? g.First());

    private static IReadOnlyList<string> SharedIssues(Factsheet factsheet, StateFigures state)
    {
        var raised = state.Rows.SelectMany(r => r.Issues).Select(Key).ToHashSet(StringComparer.Ordinal);
        return factsheet.Issues.Where(i => raised.Contains(Key(i))).Select(i => UprIssues.Find(i) ?? i.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    private static HashSet<string> IssueKeys(IEnumerable<string> issues) => issues.Select(Key).ToHashSet(StringComparer.Ordinal);

    private static string Key(string issue) => (UprIssues.Find(issue) ?? issue.Trim()).ToLowerInvariant();

    /// <summary>"The coalition's ratings: Not implemented 1, Partially implemented 1."; null when it rated none.</summary>
    private static string? Ratings(CountryDataPage page, IReadOnlyList<Core.Recommendations.Recommendation> rows)
    {
        var l = page.Labels;
        var statuses = rows.Select(r => page.Data.RatingOf(r)?.Status).Where(s => s is not null)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{l.Status(g.Key)} {l.Format.Number(g.Count())}").ToList();
        return statuses.Count == 0 ? null : l.Fill("brief.ratings", ("statuses", string.Join(l.T("data.list.separator"), statuses)));
    }
}
