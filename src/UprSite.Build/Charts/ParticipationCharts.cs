using System.Globalization;
using UprSite.Build.Pages.Data;

namespace UprSite.Build.Charts;

/// <summary>Civil society's part in each review: the stakeholder submissions, joint and individual, as country.yml gives them.</summary>
public static class ParticipationCharts
{
    public static ChartData? Submissions(CountryDataPage page)
    {
        var reviews = page.Country.Reviews.Where(r => r.Submissions is not null).OrderBy(r => r.Cycle).ToList();
        if (reviews.Count == 0)
        {
            return null;
        }

        var l = page.Labels;
        var sourceLang = page.Site.Settings.DefaultLanguage.Code == page.Language.Code ? null : page.Site.Settings.DefaultLanguage.Code;
        var columns = new List<ChartColumn>
        {
            new("cycle", l.T("country.cycle"), false),
            new("joint", l.T("calendar.participation.joint"), true, true, "var(--cycle-4)"),
            new("individual", l.T("calendar.participation.individual"), true, true, "var(--cycle-1)"),
            new("total", l.T("calendar.participation.total"), true),
            new("source", l.T("calendar.participation.source"), false),
        };
        var rows = reviews.Select(r => new ChartRow(
        [
            ChartValue.Text(r.Cycle.ToString(CultureInfo.InvariantCulture), l.Cycle(r.Cycle)),
            ChartValue.Count(r.Submissions!.Joint, l.Format),
            ChartValue.Count(r.Submissions.Individual, l.Format),
            ChartValue.Count(r.Submissions.Total, l.Format),
            ChartValue.Text(r.Submissions.Source, r.Submissions.Source) with { Lang = sourceLang },
        ])).ToList();
        var last = reviews[^1].Submissions!;
        var summary = l.Count("calendar.participation.summary", last.Total,
        [
            .. page.CountryPlaceholders,
            ("cycle", l.Format.Number(reviews[^1].Cycle)),
            ("joint", l.Format.Number(last.Joint)),
            ("individual", l.Format.Number(last.Individual)),
        ]);
        return new ChartData("chart-submissions", ChartShape.StackedColumn, l.T("calendar.participation.chart"), summary,
            l.T("calendar.participation.note"), columns, rows, l.T("calendar.participation.axis"),
            reviews.Select(r => (r.Cycle, r.Submissions!.Source)).ToList());
    }
}
