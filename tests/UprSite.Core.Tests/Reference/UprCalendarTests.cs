using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

public sealed class UprCalendarTests
{
    private static Review Reviewed(int cycle, int? session, string? date) =>
        new(cycle, session, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), [], null, null, null);

    /// <summary>Cambodia's four reviews (DESIGN §7).</summary>
    private static readonly Review[] Cambodia =
    [
        Reviewed(1, 6, "2009-12-01"), Reviewed(2, 18, "2014-01-28"), Reviewed(3, 32, "2019-01-30"), Reviewed(4, 46, "2024-05-08"),
    ];

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static CycleCalendar Of(IReadOnlyList<Review> reviews, string today, CalendarOverrides? overrides = null) =>
        UprCalendar.Of(reviews, overrides ?? CalendarOverrides.None, D(today))!;

    [Fact]
    public void Cambodia_at_the_end_of_2026_has_its_mid_term_report_behind_it_and_the_submissions_to_cycle_5_ahead()
    {
        var calendar = Of(Cambodia, "2026-12-01");

        Assert.Equal(4, calendar.LastCycle);
        Assert.Equal(5, calendar.NextCycle);
        Assert.Equal(
            [CalendarStepKind.Review, CalendarStepKind.MidTermReport, CalendarStepKind.SubmissionDeadline, CalendarStepKind.PreSession, CalendarStepKind.NextReview],
            calendar.Steps.Select(s => s.Kind));
        var midTerm = calendar.Step(CalendarStepKind.MidTermReport);
        Assert.Equal((D("2026-05-08"), D("2026-11-08"), CalendarDateBasis.Rhythm), (midTerm.Date.Earliest, midTerm.Date.Latest, midTerm.Date.Basis));
        Assert.Equal(CalendarStepStatus.Done, midTerm.Status);
        // Session 46 + 14 = 60 is not in the reference data, so the next review is 4.5 years on.
        var next = calendar.Step(CalendarStepKind.NextReview);
        Assert.Equal((D("2028-11-08"), CalendarDateBasis.Rhythm), (next.Date.Earliest, next.Date.Basis));
        Assert.Null(calendar.NextSession);
        var deadline = calendar.Step(CalendarStepKind.SubmissionDeadline);
        Assert.Equal((D("2028-03-08"), D("2028-05-08")), (deadline.Date.Earliest, deadline.Date.Latest));
        Assert.Equal(CalendarStepKind.SubmissionDeadline, calendar.Current!.Kind);
        Assert.Equal(D("2028-10-08"), calendar.Step(CalendarStepKind.PreSession).Date.Earliest);
        Assert.Equal(CalendarStepStatus.Coming, next.Status);
        Assert.Equal(CalendarDateBasis.Given, calendar.Step(CalendarStepKind.Review).Date.Basis);
    }

    [Theory]
    [InlineData("2024-05-08", CalendarStepKind.Review)]
    [InlineData("2024-05-09", CalendarStepKind.MidTermReport)]
    [InlineData("2026-11-08", CalendarStepKind.MidTermReport)]
    [InlineData("2026-11-09", CalendarStepKind.SubmissionDeadline)]
    [InlineData("2028-05-08", CalendarStepKind.SubmissionDeadline)]
    [InlineData("2028-05-09", CalendarStepKind.PreSession)]
    [InlineData("2028-10-09", CalendarStepKind.NextReview)]
    [InlineData("2028-11-08", CalendarStepKind.NextReview)]
    public void The_current_step_changes_the_day_after_the_last_day_of_the_one_before(string today, CalendarStepKind current)
    {
        var calendar = Of(Cambodia, today);

        Assert.Equal(current, calendar.Current!.Kind);
        Assert.All(calendar.Steps.TakeWhile(s => s.Kind != current), s => Assert.Equal(CalendarStepStatus.Done, s.Status));
        Assert.All(calendar.Steps.SkipWhile(s => s.Kind != current).Skip(1), s => Assert.Equal(CalendarStepStatus.Coming, s.Status));
    }

    [Fact]
    public void A_day_before_a_review_the_review_before_it_is_the_last_one_held()
    {
        var calendar = Of(Cambodia, "2024-05-07");

        Assert.Equal(3, calendar.LastCycle);
        var next = calendar.Step(CalendarStepKind.NextReview);
        Assert.Equal((4, CalendarDateBasis.Given, D("2024-05-08")), (next.Cycle, next.Date.Basis, next.Date.Earliest));
        Assert.Equal(46, calendar.NextSession);
        Assert.Equal(CalendarStepKind.NextReview, calendar.Current!.Kind);
    }

    [Fact]
    public void Month_ends_are_kept_within_the_month_and_leap_days_are_found()
    {
        var calendar = Of([Reviewed(4, null, "2021-08-31")], "2021-09-01");

        var midTerm = calendar.Step(CalendarStepKind.MidTermReport).Date;
        Assert.Equal((D("2023-08-31"), D("2024-02-29")), (midTerm.Earliest, midTerm.Latest));
        Assert.Equal(D("2026-02-28"), calendar.Step(CalendarStepKind.NextReview).Date.Earliest);
    }

    [Fact]
    public void Dates_the_coalition_gives_replace_the_estimates_and_move_the_steps_that_depend_on_the_next_review()
    {
        var overrides = new CalendarOverrides(MidTermReport: D("2026-12-15"), NextReview: D("2029-01-20"), NextSession: 61);
        var calendar = Of(Cambodia, "2026-12-01", overrides);

        var midTerm = calendar.Step(CalendarStepKind.MidTermReport);
        Assert.Equal((CalendarDate.Given(D("2026-12-15")), CalendarStepStatus.Current), (midTerm.Date, midTerm.Status));
        Assert.False(midTerm.Date.IsEstimated);
        Assert.Equal(CalendarDate.Given(D("2029-01-20")), calendar.Step(CalendarStepKind.NextReview).Date);
        Assert.Equal(61, calendar.NextSession);
        var deadline = calendar.Step(CalendarStepKind.SubmissionDeadline).Date;
        Assert.Equal((D("2028-05-20"), D("2028-07-20"), true), (deadline.Earliest, deadline.Latest, deadline.IsEstimated));
        Assert.Equal(D("2028-12-20"), calendar.Step(CalendarStepKind.PreSession).Date.Earliest);
    }

    [Fact]
    public void A_given_deadline_and_pre_session_are_shown_as_given()
    {
        var overrides = new CalendarOverrides(SubmissionDeadline: D("2028-04-03"), PreSession: D("2028-10-05"));
        var calendar = Of(Cambodia, "2026-12-01", overrides);

        Assert.Equal(CalendarDate.Given(D("2028-04-03")), calendar.Step(CalendarStepKind.SubmissionDeadline).Date);
        Assert.Equal(CalendarDate.Given(D("2028-10-05")), calendar.Step(CalendarStepKind.PreSession).Date);
        Assert.True(calendar.Step(CalendarStepKind.NextReview).Date.IsEstimated);
    }

    [Fact]
    public void A_date_given_for_an_earlier_cycle_is_not_used_once_a_newer_review_is_held()
    {
        // Set for the cycle-4 review (2024) and left in country.yml after it was held.
        var overrides = new CalendarOverrides(MidTermReport: D("2021-07-01"), SubmissionDeadline: D("2023-10-01"), NextReview: D("2024-05-08"));
        var calendar = Of(Cambodia, "2025-01-01", overrides);

        Assert.All(calendar.Steps.Where(s => s.Kind != CalendarStepKind.Review), s => Assert.True(s.Date.IsEstimated, s.Kind.ToString()));
        Assert.Equal(D("2028-11-08"), calendar.Step(CalendarStepKind.NextReview).Date.Earliest);
    }

    [Fact]
    public void A_review_in_the_future_listed_in_country_yml_is_the_next_review_with_its_own_date()
    {
        var calendar = Of([.. Cambodia, Reviewed(5, 60, "2028-11-10")], "2028-06-01");

        Assert.Equal(4, calendar.LastCycle);
        var next = calendar.Step(CalendarStepKind.NextReview);
        Assert.Equal((5, CalendarDate.Given(D("2028-11-10"))), (next.Cycle, next.Date));
        Assert.Equal(60, calendar.NextSession);
        Assert.Equal(CalendarStepStatus.Done, calendar.Step(CalendarStepKind.SubmissionDeadline).Status);
        Assert.Equal(CalendarStepKind.PreSession, calendar.Current!.Kind);
        Assert.Equal(D("2028-10-10"), calendar.Current.Date.Earliest);
    }

    [Fact]
    public void A_State_with_one_review_in_cycle_1_is_next_reviewed_in_the_session_12_later_as_the_reference_data_has_it()
    {
        var calendar = Of([Reviewed(1, 6, "2009-12-01")], "2010-03-01");

        Assert.Equal(18, calendar.NextSession);
        var next = calendar.Step(CalendarStepKind.NextReview).Date;
        Assert.Equal((D("2014-01-01"), D("2014-02-28"), CalendarDateBasis.Session), (next.Earliest, next.Latest, next.Basis));
        Assert.Equal(CalendarStepKind.MidTermReport, calendar.Current!.Kind);
    }

    [Fact]
    public void A_State_reviewed_in_session_36_is_next_due_in_session_50_of_the_reference_data()
    {
        var calendar = Of([Reviewed(3, 36, "2020-11-05")], "2021-01-01");

        Assert.Equal((50, 4), (calendar.NextSession, calendar.NextCycle));
        Assert.Equal(new CalendarDate(D("2025-11-01"), D("2025-11-30"), CalendarDateBasis.Session), calendar.Step(CalendarStepKind.NextReview).Date);
    }

    [Fact]
    public void A_State_whose_only_review_is_still_to_come_has_only_the_steps_before_it()
    {
        var calendar = Of([Reviewed(1, 60, "2028-11-10")], "2027-01-01");

        Assert.Null(calendar.LastCycle);
        Assert.Equal([CalendarStepKind.SubmissionDeadline, CalendarStepKind.PreSession, CalendarStepKind.NextReview], calendar.Steps.Select(s => s.Kind));
        Assert.Equal(CalendarStepKind.SubmissionDeadline, calendar.Current!.Kind);
    }

    [Fact]
    public void When_the_expected_review_is_past_and_not_listed_every_step_is_done()
    {
        var calendar = Of(Cambodia, "2029-06-01");

        Assert.Null(calendar.Current);
        Assert.All(calendar.Steps, s => Assert.Equal(CalendarStepStatus.Done, s.Status));
    }

    [Fact]
    public void No_calendar_without_a_review_date()
    {
        Assert.Null(UprCalendar.Of([Reviewed(1, 6, null)], CalendarOverrides.None, D("2026-12-01")));
        Assert.Null(UprCalendar.Of([], CalendarOverrides.None, D("2026-12-01")));
    }
}
