using System.Text.Json.Nodes;
using AngleSharp.Dom;
using UprSite.Build.Tests.Support;
using UprSite.Core.Text;

namespace UprSite.Build.Tests.Calendar;

/// <summary>Cambodia's page in each language as of 1 December 2026: where cycle 4 stands, and the stakeholder submissions.</summary>
public sealed class SampleCalendarPageTests(CalendarSample sample) : IClassFixture<CalendarSample>
{
    private IDocument Page(string language) => DataSite.Page(sample.Result, $"{language}/countries/kh/index.html");

    private static string Digits(string language, string text) => language == "km" ? NativeDigits.Apply("km", text) : text;

    /// <summary>Text with French typography's no-break spaces as plain spaces and runs of spaces collapsed.</summary>
    private static string Plain(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("en", "Implementation phase: stakeholder submissions for the cycle 5 review due about March–May 2028.")]
    [InlineData("fr", "Phase de mise en œuvre : contributions des parties prenantes pour l’examen du cycle 5 attendues vers mars–mai 2028.")]
    [InlineData("km", "ដំណាក់កាលអនុវត្ត៖ របាយការណ៍ភាគីពាក់ព័ន្ធសម្រាប់ការត្រួតពិនិត្យវដ្តទី ៥ ត្រូវដាក់ ប្រហែល មីនា–ឧសភា ២០២៨។")]
    public void The_page_says_which_step_the_cycle_is_at(string language, string phase)
    {
        var page = Page(language);

        Assert.Equal(phase, Plain(page.QuerySelector("#calendar .calendar-phase strong")!.TextContent));
        Assert.Equal("2026-12-01", page.QuerySelector("#calendar .calendar-phase time")!.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("en", "8 May 2024", "about May–November 2026", "about March–May 2028", "about October 2028", "about November 2028")]
    [InlineData("fr", "8 mai 2024", "vers mai–novembre 2026", "vers mars–mai 2028", "vers octobre 2028", "vers novembre 2028")]
    [InlineData("km", "៨ ឧសភា ២០២៤", "ប្រហែល ឧសភា–វិច្ឆិកា ២០២៦", "ប្រហែល មីនា–ឧសភា ២០២៨", "ប្រហែល តុលា ២០២៨", "ប្រហែល វិច្ឆិកា ២០២៨")]
    public void Each_step_has_its_date_and_the_computed_ones_are_marked_estimated(string language, params string[] dates)
    {
        var steps = Page(language).QuerySelectorAll("#calendar .calendar-step").ToList();

        Assert.Equal(["review", "mid_term_report", "submission_deadline", "pre_session", "next_review"], steps.Select(s => s.GetAttribute("data-step")));
        Assert.Equal(dates, steps.Select(s => Plain(s.QuerySelector(".calendar-when")!.TextContent)));
        Assert.Equal([false, true, true, true, true], steps.Select(s => s.QuerySelector(".estimated") is not null));
        Assert.Equal(["is-done", "is-done", "is-current", "is-coming", "is-coming"], steps.Select(s => s.ClassList.First(c => c.StartsWith("is-", StringComparison.Ordinal))));
        Assert.Equal("submission_deadline", Page(language).QuerySelector("[aria-current=step]")!.GetAttribute("data-step"));
        Assert.Equal(["2024-05-08", null, null, "2028-10", "2028-11"], steps.Select(s => s.QuerySelector(".calendar-when time")?.GetAttribute("datetime")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void The_submissions_of_each_cycle_are_a_table_of_joint_individual_and_all(string language)
    {
        var rows = Page(language).QuerySelectorAll("#participation #chart-submissions tbody tr").ToList();

        string[][] expected = [["6", "17", "23"], ["20", "17", "37"], ["16", "14", "30"], ["27", "11", "38"]];
        Assert.Equal(expected.Select(r => r.Select(n => Digits(language, n))), rows.Select(r => r.Children.Skip(1).Take(3).Select(c => c.TextContent)));
        var source = rows[3].Children[4];
        Assert.StartsWith("UN summary of stakeholders' information, fourth review (2024): 27 joint and 11 individual", source.TextContent, StringComparison.Ordinal);
        Assert.Equal(language == "en" ? null : "en", source.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("en", "For the cycle 4 review, civil society made 38 stakeholder submissions on Cambodia: 27 joint and 11 individual.")]
    [InlineData("fr", "Pour l’examen du cycle 4, la société civile a présenté 38 contributions sur le Cambodge : 27 conjointes et 11 individuelles.")]
    [InlineData("km", "សម្រាប់ការត្រួតពិនិត្យវដ្តទី ៤ សង្គមស៊ីវិលបានដាក់របាយការណ៍ភាគីពាក់ព័ន្ធចំនួន ៣៨ អំពីកម្ពុជា៖ របាយការណ៍រួម ២៧ និងរបាយការណ៍ដាច់ដោយឡែក ១១។")]
    public void The_chart_summary_gives_the_last_cycle_in_a_sentence(string language, string summary)
    {
        Assert.Equal(summary, Plain(Page(language).QuerySelector("#chart-submissions .chart-summary")!.TextContent));
    }

    [Fact]
    public void The_chart_draws_joint_and_individual_submissions_per_cycle()
    {
        var figure = JsonNode.Parse(Page("en").GetElementById("chart-submissions-figure")!.TextContent)!;

        var traces = figure["data"]!.AsArray();
        Assert.Equal(["Joint submissions", "Individual submissions"], traces.Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal([6d, 20, 16, 27], traces[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal([17d, 17, 14, 11], traces[1]!["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        // A downloaded chart names each cycle's source under it.
        var source = figure["export"]!["lines"]![0]!.GetValue<string>();
        Assert.Contains("Cycle 1: UN summary of stakeholders' information, first review (2009)", source, StringComparison.Ordinal);
        Assert.Contains("Cycle 4: UN summary of stakeholders' information, fourth review (2024): 27 joint and 11 individual", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_download_holds_the_figures_and_sources_and_every_page_links_it()
    {
        var csv = System.Text.Encoding.UTF8.GetString(sample.Result.Output!.Files["data/kh/charts/chart-submissions.csv"].Content).Split("\r\n");

        Assert.Equal("cycle,joint,individual,total,source", csv[0]);
        Assert.StartsWith("1,6,17,23,\"UN summary of stakeholders' information, first review (2009)", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("4,27,11,38,", csv[4], StringComparison.Ordinal);
        foreach (var language in new[] { "en", "fr", "km" })
        {
            Assert.Equal("../../../data/kh/charts/chart-submissions.csv",
                Page(language).QuerySelector("#chart-submissions .chart-links a[download]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_calendar_comes_after_the_reviews_and_before_the_statistics()
    {
        var ids = Page("en").QuerySelectorAll("main section[id], main section[aria-labelledby]").Select(s => s.Id ?? s.GetAttribute("aria-labelledby")).ToList();

        Assert.True(ids.IndexOf("reviews-heading") < ids.IndexOf("calendar"), string.Join(",", ids));
        Assert.True(ids.IndexOf("calendar") < ids.IndexOf("participation") && ids.IndexOf("participation") < ids.IndexOf("statistics"), string.Join(",", ids));
    }
}
