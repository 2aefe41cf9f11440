using System.Globalization;
using UprSite.Build.Charts;
using UprSite.Build.Pages.Models;
using UprSite.Core.Reference;

namespace UprSite.Build.Pages.Data;

/// <summary>
/// The calendar part of a country page: which step the cycle is at ("Implementation phase: mid-term report due about
/// …"), each step with its date (estimated ones marked), and the stakeholder submissions chart.
/// </summary>
public static class CalendarBuilder
{
    /// <summary>Null when the country has neither a dated review nor submissions.</summary>
    public static CalendarView? Build(CountryDataPage page, CycleCalendar? calendar, DateOnly today, ChartData? participation, bool dashboardHasCharts)
    {
        if (calendar is null && participation is null)
        {
            return null;
        }

        var l = page.Labels;
        return new CalendarView(
            calendar is null ? null : Phase(l, calendar),
            l.Fill("calendar.as_of", ("date", l.Format.Date(today))),
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            calendar?.Steps.Select(s => Step(l, s, calendar)).ToList() ?? [],
            participation is null ? null : ChartViews.Of(participation, page),
            participation is not null && !dashboardHasCharts,
            Note(l));
    }

    /// <summary>The note on estimated dates ("a review about every 4.5 years…"), in the digits the page's other figures use.</summary>
    public static string Note(DataLabels l) => l.Format.Digits(l.T("calendar.note"));

    /// <summary>
    /// The steps still to come, the current one first, for the print pack's cover and the briefs. Paper gives no "as of"
    /// date, so that a printed page changes only when a step passes, not on every day's build.
    /// </summary>
    public static IReadOnlyList<CalendarStepView> Coming(DataLabels labels, CycleCalendar? calendar) =>
        calendar?.Steps.Where(s => s.Status != CalendarStepStatus.Done).Select(s => Step(labels, s, calendar)).ToList() ?? [];

    public static string Key(CalendarStepKind kind) => kind switch
    {
        CalendarStepKind.Review => "review",
        CalendarStepKind.MidTermReport => "mid_term_report",
        CalendarStepKind.SubmissionDeadline => "submission_deadline",
        CalendarStepKind.PreSession => "pre_session",
        _ => "next_review",
    };

    private static string Phase(DataLabels l, CycleCalendar calendar)
    {
        var step = calendar.Current ?? calendar.Step(CalendarStepKind.NextReview);
        var key = calendar.Current is null ? "overdue" : Key(step.Kind);
        return l.Fill("calendar.phase." + key, ("cycle", l.Format.Number(step.Cycle)), ("date", DateText(l, step.Date)));
    }

    private static CalendarStepView Step(DataLabels l, CalendarStep step, CycleCalendar calendar)
    {
        var status = step.Status switch
        {
            CalendarStepStatus.Done => "done",
            CalendarStepStatus.Current => "current",
            _ => "coming",
        };
        var detail = step.Kind == CalendarStepKind.NextReview && calendar.NextSession is { } session
            ? l.Fill("calendar.session", ("session", l.Format.Number(session)))
            : null;
        return new CalendarStepView(Key(step.Kind), l.Fill("calendar.step." + Key(step.Kind), ("cycle", l.Format.Number(step.Cycle))),
            DateText(l, step.Date), DateIso(step.Date), step.Date.IsEstimated, status, l.T("calendar.status." + status), detail);
    }

    /// <summary>"8 May 2024" as given; "about May–November 2026" when estimated.</summary>
    private static string DateText(DataLabels l, CalendarDate date) =>
        date.IsEstimated ? l.Fill("calendar.about", ("date", l.Format.MonthSpan(date.Earliest, date.Latest))) : l.Format.Date(date.Earliest);

    private static string? DateIso(CalendarDate date) =>
        !date.IsEstimated ? date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : (date.Earliest.Year, date.Earliest.Month) == (date.Latest.Year, date.Latest.Month) ? date.Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : null;
}
