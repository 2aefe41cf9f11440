using System.Globalization;
using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Reference;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// One page of the explorer: its hundred rows, and the filters and their counts from the country's
/// <see cref="ExplorerIndex"/> in the page's language.
/// </summary>
public static class ExplorerBuilder
{
    public static ExplorerView Build(CountryDataPage page, int number)
    {
        var l = page.Labels;
        var index = page.Data.Explorer;
        var code = page.Country.Code;
        var rows = page.Data.Rows.Skip((number - 1) * ExplorerIndex.PageSize).Take(ExplorerIndex.PageSize)
            .Select(r => RecommendationViews.Of(page, r)).ToList();
        var total = index.RowCount;
        var names = page.Data.Slugs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        var labels = new Dictionary<string, (string Key, Func<string, string> Of)>(StringComparer.Ordinal)
        {
            ["cycle"] = ("country.cycle", k => l.Cycle(Number(k))),
            ["theme"] = ("data.column.theme", l.Issue),
            ["uhri"] = ("data.uhri.column", k => l.UhriTheme(k).Text),
            ["state"] = ("data.column.state", k => l.StateName(names[k])),
            ["response"] = ("data.column.response", k => l.T("data.response." + k)),
            ["status"] = ("data.column.status", k => l.T("data.status." + k)),
            ["category"] = ("data.column.category", l.CategoryName),
            ["region"] = ("data.column.region", k => RegionalGroups.FromLabel(k) is { } g ? RegionalGroups.Name(g, page.Language.Code) : k),
            ["sdg"] = ("data.sdg.column", k => l.Fill("data.sdg.label", ("number", l.Format.Number(Number(k))), ("name", SdgGoals.Find(Number(k))!.Name(page.Language.Code)))),
            ["session"] = ("country.session", k => l.Format.Number(Number(k))),
        };
        var byName = StringComparer.Create(l.Culture, false);
        var filters = index.Filters.Where(f => f.Values.Count > 0 || f.Name != "uhri").Select(f =>
        {
            var options = f.Values.Select((v, i) => new OptionView(v, labels[f.Name].Of(v), l.Format.Number(f.Counts[i]))
            {
                Lang = f.Name == "uhri" ? l.UhriTheme(v).Lang : null,
            });
            // Names are listed in the page's alphabetical order; explorer.js finds a value by itself, not by its place.
            return new FilterView(f.Name, l.T(labels[f.Name].Key), l.T("data.explorer.all"),
                (f.Name is "theme" or "state" ? options.OrderBy(o => o.Label, byName) : options).ToList());
        }).ToList();
        var first = (number - 1) * ExplorerIndex.PageSize + 1;
        var pagerText = ExplorerPagerText.Of(l, number, index.PageCount, rows.Count == 0 ? 0 : first, first + rows.Count - 1);
        var pager = new ExplorerPagerView(number, index.PageCount, pagerText, l.T(ExplorerPagerText.RowsKey), l.T(ExplorerPagerText.OneRowKey),
            l.T("data.explorer.previous"), number > 1 ? page.Href(CountryDataPaths.ExplorerPage(page.Language.Code, code, number - 1)) : null,
            l.T("data.explorer.next"), number < index.PageCount ? page.Href(CountryDataPaths.ExplorerPage(page.Language.Code, code, number + 1)) : null);
        var data = new ExplorerDataView(
            page.Href(CountryDataPaths.ExplorerIndex(code)),
            page.Href(CountryDataPaths.ExplorerText(code, 0)),
            page.Href(CountryDataPaths.RecommendingState(page.Language.Code, code, "{slug}")).Replace("index.html", "", StringComparison.Ordinal),
            l.T("data.explorer.export"),
            $"recommendations-{code}-{page.Language.Code}-filtered.csv",
            string.Join(',', "id", "cycle", "session", "session_source", "recommending_state", "response", "issues", "action_category", "implementation_status", "text", "reference"));
        return new ExplorerView(
            page.CountryName,
            page.Href(SitePaths.Country(page.Language.Code, code)),
            l.Format.Number(total),
            l.Count("data.explorer.total", total),
            total,
            l.Count("data.explorer.count", total, ("total", l.Format.Number(total))),
            Holdings.Sentence(page),
            Holdings.Paragraphs(page),
            l.Format.Digits("0123456789"),
            filters,
            [
                new OptionView("cycle", l.T("data.explorer.sort_cycle"), ""),
                new OptionView("state", l.T("data.explorer.sort_state"), ""),
                new OptionView("response", l.T("data.explorer.sort_response"), ""),
            ],
            rows,
            pager,
            data,
            DashboardBuilder.Downloads(page))
        {
            SessionNotes = SessionNotes.Of(l, page.Data.Rows),
        };
    }

    private static int Number(string key) => int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
}
