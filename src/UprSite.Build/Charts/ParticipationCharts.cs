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
        var summary = Summary(l, reviews[^1].Cycle, last.Total, last.Joint, last.Individual, page.CountryPlaceholders);
        return new ChartData("chart-submissions", ChartShape.StackedColumn, l.T("calendar.participation.chart"), summary,
            l.T("calendar.participation.note"), columns, rows, l.T("calendar.participation.axis"),
            reviews.Select(r => (r.Cycle, r.Submissions!.Source)).ToList());
    }

    /// <summary>
    /// "For the cycle 3 review, civil society made 21 stakeholder submissions on Cambodia: 20 joint and 1 individual.",
    /// each part agreeing with its own number; that there was none when the total is 0.
    /// </summary>
    public static string Summary(DataLabels l, int cycle, int total, int joint, int individual, (string Name, string Value)[] country) =>
        total == 0
            ? l.Fill("calendar.participation.none", [.. country, ("cycle", l.Format.Number(cycle))])
            : l.Count("calendar.participation.summary", total,
            [
                .. country,
                ("cycle", l.Format.Number(cycle)),
                ("joint", l.Count("calendar.participation.joint_part", joint)),
                ("individual", l.Count("calendar.participation.individual_part", individual)),
            ]);
}
