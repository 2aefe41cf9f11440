using UprSite.Build.Compute;
using UprSite.Build.Pages.Models;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages.Data;

/// <summary>The index of recommending States of one language: each with the countries it reviewed and its figures.</summary>
public static class StatesIndexBuilder
{
    public static StatesIndexView Build(SiteFigures figures, DataLabels l, ViewFactory views)
    {
        var headers = new[]
        {
            new DataCellView(l.T("many.column.state"), false), new DataCellView(l.T("many.column.countries"), true),
            new DataCellView(l.T("many.column.by_state"), true), new DataCellView(l.T("country.supported"), true),
            new DataCellView(l.T("many.column.supported_share"), true),
        };
        var states = figures.States.OrderBy(s => l.StateName(s.State), StringComparer.Create(l.Culture, false));
        var tables = RegionalTables.Of(states, s => s.Group, l, headers, s => new DataCellView[]
        {
            new(l.StateName(s.State), false, views.Href(SiteIndexPaths.State(l.Language, s.Slug))),
            new(l.Format.Number(s.Countries.Count), true),
            new(l.Format.Number(s.Total.Received), true),
            new(l.Format.Number(s.Total.Supported), true),
            new(l.Format.Percent(s.Total.SupportedRate), true),
        });
        return new StatesIndexView(l.Count("many.states.intro", figures.States.Count), l.T("many.states.counting"), tables);
    }
}
