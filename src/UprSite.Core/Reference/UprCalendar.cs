using UprSite.Core.Model;

namespace UprSite.Core.Reference;

/// <summary>
/// The UPR calendar of a State from its review dates: the last review held on <c>today</c>, its mid-term report, the
/// submission deadline and pre-session before the next review, and that review. The next review is the first dated
/// review after today in country.yml, else the <c>calendar:</c> date, else the months of its Working Group session
/// when the reference data has it, else 4.5 years after the last (<see cref="UprRhythm"/>). Pure: the build passes
/// <c>today</c> in.
/// </summary>
public static class UprCalendar
{
    /// <summary>The calendar; null when no review has a date.</summary>
    public static CycleCalendar? Of(IReadOnlyList<Review> reviews, CalendarOverrides overrides, DateOnly today)
    {
        var dated = reviews.Where(r => r.Date is not null).OrderBy(r => r.Date).ToList();
        var held = dated.LastOrDefault(r => r.Date <= today);
        var upcoming = dated.FirstOrDefault(r => r.Date > today);
        if (held is null && upcoming is null)
        {
            return null;
        }

        var heldDate = held?.Date;
        DateOnly? Usable(DateOnly? date) => date is { } d && (heldDate is null || d > heldDate) ? d : null;

        var nextCycle = upcoming?.Cycle ?? held!.Cycle + 1;
        var (next, session) = upcoming is not null
            ? (CalendarDate.Given(upcoming.Date!.Value), upcoming.Session)
            : NextReview(held!, Usable(overrides.NextReview), overrides.NextSession);

        var steps = new List<(CalendarStepKind Kind, int Cycle, CalendarDate Date)>();
        if (held is not null)
        {
            var date = held.Date!.Value;
            steps.Add((CalendarStepKind.Review, held.Cycle, CalendarDate.Given(date)));
            steps.Add((CalendarStepKind.MidTermReport, held.Cycle, Usable(overrides.MidTermReport) is { } midTerm
                ? CalendarDate.Given(midTerm)
                : new CalendarDate(date.AddMonths(UprRhythm.MidTermEarliestMonths), date.AddMonths(UprRhythm.MidTermLatestMonths), CalendarDateBasis.Rhythm)));
        }

        steps.Add((CalendarStepKind.SubmissionDeadline, nextCycle, Usable(overrides.SubmissionDeadline) is { } deadline
            ? CalendarDate.Given(deadline)
            : new CalendarDate(next.Earliest.AddMonths(-UprRhythm.SubmissionEarliestMonthsBefore),
                next.Latest.AddMonths(-UprRhythm.SubmissionLatestMonthsBefore), CalendarDateBasis.Rhythm)));
        steps.Add((CalendarStepKind.PreSession, nextCycle, Usable(overrides.PreSession) is { } preSession
            ? CalendarDate.Given(preSession)
            : new CalendarDate(next.Earliest.AddMonths(-UprRhythm.PreSessionMonthsBefore),
                next.Latest.AddMonths(-UprRhythm.PreSessionMonthsBefore), CalendarDateBasis.Rhythm)));
        steps.Add((CalendarStepKind.NextReview, nextCycle, next));

        var currentIndex = steps.FindIndex(s => !s.Date.IsBefore(today));
        var withStatus = steps.Select((s, i) => new CalendarStep(s.Kind, s.Cycle, s.Date,
            s.Date.IsBefore(today) ? CalendarStepStatus.Done
            : i == currentIndex ? CalendarStepStatus.Current
            : CalendarStepStatus.Coming)).ToList();
        return new CycleCalendar(today, held?.Cycle, nextCycle, session, withStatus);
    }

    /// <summary>The next review after <paramref name="held"/>: as given, else from its session's months, else 4.5 years on.</summary>
    private static (CalendarDate Date, int? Session) NextReview(Review held, DateOnly? given, int? givenSession)
    {
        var sessionNumber = givenSession ?? held.Session + UprRhythm.SessionsUntilNextReview(held.Cycle);
        var session = sessionNumber is { } n ? WorkingGroupSessions.Find(n) : null;
        if (given is { } date)
        {
            return (CalendarDate.Given(date), givenSession ?? session?.Number);
        }

        if (session is not null)
        {
            var start = new DateOnly(session.StartYear, session.StartMonth, 1);
            var end = new DateOnly(session.EndYear, session.EndMonth, 1).AddMonths(1).AddDays(-1);
            return (new CalendarDate(start, end, CalendarDateBasis.Session), session.Number);
        }

        return (new CalendarDate(held.Date!.Value.AddMonths(UprRhythm.ReviewIntervalMonths),
            held.Date!.Value.AddMonths(UprRhythm.ReviewIntervalMonths), CalendarDateBasis.Rhythm), givenSession);
    }
}
