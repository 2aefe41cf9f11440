using AngleSharp.Dom;
using UprSite.Build.Compute;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Calendar;

/// <summary>country.yml's <c>calendar:</c> and <c>submissions:</c> keys, read into the page or reported where they are wrong.</summary>
public sealed class CalendarInputTests
{
    private const string CycleFour = """
        names: {en: Cambodia, km: កម្ពុជា}
        aliases: [Cambodia]
        reviews:
          - cycle: 4
            session: 46
            date: 2024-05-08
        """;

    private static BuildResult Build(TestSite site, DateOnly today, bool write = true) =>
        SiteBuilder.Build(site.Options(write) with { Today = today });

    private static IDocument Page(TestSite site) => DataSite.Page(site, "en/countries/kh/index.html");

    [Fact]
    public void The_coalitions_dates_are_shown_as_given_and_move_the_current_step()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleFour + """

            calendar:
              mid_term_report: 2026-12-15
              next_review: 2029-01-20
              next_session: 61
            """);

        var result = Build(site, new DateOnly(2026, 12, 1));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Page(site);
        Assert.Equal("Implementation phase: mid-term report due 15 December 2026.", page.QuerySelector(".calendar-phase strong")!.TextContent);
        var midTerm = page.QuerySelector("[data-step=mid_term_report]")!;
        Assert.Null(midTerm.QuerySelector(".estimated"));
        Assert.Equal("2026-12-15", midTerm.QuerySelector("time")!.GetAttribute("datetime"));
        var next = page.QuerySelector("[data-step=next_review]")!;
        Assert.Equal("20 January 2029 · Working Group session 61", next.QuerySelector(".calendar-date")!.TextContent.Trim());
        // The deadline is still estimated, now from the given review date.
        Assert.Equal("about May–July 2028 (estimated)", page.QuerySelector("[data-step=submission_deadline] .calendar-date")!.TextContent.Trim());
    }

    [Fact]
    public void The_build_date_decides_the_current_step()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleFour);

        Build(site, new DateOnly(2025, 3, 1));
        var early = Page(site).QuerySelector(".calendar-phase strong")!.TextContent;
        Build(site, new DateOnly(2028, 11, 1));
        var late = Page(site).QuerySelector(".calendar-phase strong")!.TextContent;
        Build(site, new DateOnly(2029, 3, 1));
        var overdue = Page(site).QuerySelector(".calendar-phase strong")!.TextContent;

        Assert.Equal("Implementation phase: mid-term report due about May–November 2026.", early);
        Assert.Equal("Preparing the cycle 5 review: the review is about November 2028.", late);
        Assert.Equal("The cycle 5 review was expected about November 2028; its date is not on this site yet.", overdue);
    }

    [Theory]
    [InlineData("  next_review: 2028-02-30", 8, 16, "'next_review' should be a date written YYYY-MM-DD")]
    [InlineData("  pre_session: 1 October 2028", 8, 16, "'pre_session' should be a date written YYYY-MM-DD")]
    [InlineData("  next_session: sixty", 8, 17, "'next_session' should be a whole number from 1 to 200")]
    [InlineData("  next_reviw: 2028-11-01", 8, 3, "did you mean 'next_review'?")]
    public void A_wrong_calendar_value_is_an_error_at_its_line_and_column(string line, int lineNumber, int column, string message)
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleFour + "\ncalendar:\n" + line + "\n");

        var result = Build(site, new DateOnly(2026, 12, 1));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCalendarDate.Id);
        Assert.True(error.IsError);
        Assert.EndsWith("countries/kh/country.yml", error.File, StringComparison.Ordinal);
        Assert.Equal((lineNumber, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("{total: 38, joint: 27, individual: 12, source: S}", "do not add up to the total (38)")]
    [InlineData("{total: 38, source: S}", "give at least two of 'total', 'joint' and 'individual'")]
    [InlineData("{total: 5, joint: 7, source: S}", "do not add up")]
    [InlineData("{joint: 27, individual: 11}", "'source' is missing")]
    [InlineData("{joint: 27, individual: 11, source: S, organisations: 100}", "unknown key 'organisations'")]
    public void Submissions_that_do_not_add_up_or_lack_their_source_are_an_error_at_the_review(string submissions, string message)
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleFour + "\n    submissions: " + submissions + "\n");

        var result = Build(site, new DateOnly(2026, 12, 1), write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidSubmissions.Id);
        Assert.True(error.IsError);
        Assert.Equal(7, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_given_as_joint_and_individual_make_the_total()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", CycleFour + "\n    submissions: {joint: 27, individual: 11, source: OHCHR summary}\n");

        Build(site, new DateOnly(2026, 12, 1));

        var row = Page(site).QuerySelector("#chart-submissions tbody tr")!;
        Assert.Equal(["Cycle 4", "27", "11", "38", "OHCHR summary"], row.Children.Select(c => c.TextContent));
        // No other chart on this page: the partial loads the chart script itself.
        Assert.Single(Page(site).QuerySelectorAll("script[src*='charts']"));
    }

    [Fact]
    public void A_country_without_a_review_date_or_submissions_has_no_calendar()
    {
        using var site = new TestSite();
        site.Write("countries/kh/country.yml", "names: {en: Cambodia}\nreviews:\n  - cycle: 4\n    session: 46\n");

        Build(site, new DateOnly(2026, 12, 1));

        Assert.Null(Page(site).GetElementById("calendar"));
        Assert.Null(Page(site).GetElementById("participation"));
    }

    [Theory]
    [InlineData("1764547200", "2025-12-01")]
    [InlineData("1764633599", "2025-12-01")]
    [InlineData("0", "1970-01-01")]
    public void SOURCE_DATE_EPOCH_gives_the_day_in_UTC_when_no_date_is_passed(string epoch, string day)
    {
        var diagnostics = new List<Diagnostic>();

        var date = BuildDate.Resolve(null, n => n == "SOURCE_DATE_EPOCH" ? epoch : null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), diagnostics);

        Assert.Equal(DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_passed_date_wins_over_SOURCE_DATE_EPOCH_and_a_wrong_variable_is_an_error()
    {
        var diagnostics = new List<Diagnostic>();
        var now = new DateTimeOffset(2030, 6, 15, 23, 59, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2026, 12, 1), BuildDate.Resolve(new DateOnly(2026, 12, 1), _ => "1764547200", now, diagnostics));
        Assert.Equal(new DateOnly(2030, 6, 16), BuildDate.Resolve(null, _ => null, now, diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2030, 6, 16), BuildDate.Resolve(null, _ => "yesterday", now, diagnostics));
        Assert.Equal("UPR0222", Assert.Single(diagnostics).Code);
        Assert.Equal("SOURCE_DATE_EPOCH", diagnostics[0].File);
    }
}
