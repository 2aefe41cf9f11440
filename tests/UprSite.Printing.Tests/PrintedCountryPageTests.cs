using System.Diagnostics;
using AngleSharp.Html.Parser;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>
/// The sample's English country page printed as a reader prints it from the browser (Chromium's own --print-to-pdf
/// of the page in the sample's build, Letter paper, no script run), read back: no heading ends a page, the calendar's
/// steps stay together, and the civil-society participation table keeps "Cycle 1" whole at 10 pt.
/// </summary>
[Collection(SamplePdfCollection.Name)]
public sealed class PrintedCountryPageTests(SamplePdfBuild build)
{
    [Fact]
    public void The_country_page_prints_with_headings_kept_with_what_follows_the_calendar_whole_and_its_tables_at_10_pt()
    {
        var html = build.PathOf("en/countries/kh/index.html");
        var pdf = PrintedPdf.Read(Print(html));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(html));
        Assert.True(pdf.Pages.Count > 3, $"{pdf.Pages.Count} pages");

        var headings = page.QuerySelectorAll("main h2, main h3").Select(h => Words(h.TextContent)).ToHashSet(StringComparer.Ordinal);
        Assert.All(pdf.Pages.SkipLast(1), p => Assert.False(headings.Contains(Words(p.Lines[^1].Text)),
            $"page {p.Number} ends with the heading '{p.Lines[^1].Text}'"));

        var steps = page.QuerySelectorAll(".calendar-step .calendar-label").Select(s => Words(s.TextContent)).ToList();
        Assert.True(steps.Count >= 4, $"{steps.Count} calendar steps");
        var stepPages = steps.Select(step => pdf.Pages.Single(p => p.Lines.Any(l => Words(l.Text).Contains(step, StringComparison.Ordinal))).Number);
        Assert.Single(stepPages.Distinct());

        // The first row of the participation table: its header "Cycle 1" on one line, level with its source.
        var source = pdf.Pages.SelectMany(p => p.Lines.Select(l => (Page: p.Number, Line: l)))
            .First(l => l.Line.Text.Contains("UN summary of stakeholders", StringComparison.Ordinal) && l.Line.Text.Contains("first", StringComparison.Ordinal));
        var rowHeader = pdf.Pages[source.Page - 1].Lines.Where(l => l.Text.Contains("Cycle 1", StringComparison.Ordinal));
        Assert.Contains(rowHeader, l => Math.Abs(l.Top - source.Line.Top) < 2);
        var sourceRun = pdf.Runs().First(r => r.Page == source.Page && r.Text.Contains("UN summary of stakeholders", StringComparison.Ordinal));
        Assert.True(sourceRun.Size >= 9.9, $"the participation table prints at {sourceRun.Size} pt");
    }

    private string Print(string html)
    {
        var output = Path.Combine(build.Root, "country-page.pdf");
        var profile = Path.Combine(build.Root, "chromium-profile");
        var start = new ProcessStartInfo(UprSite.Printing.ChromiumLocator.Find(null) ?? "/usr/bin/chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={profile}", "--no-pdf-header-footer",
                     $"--print-to-pdf={output}", new Uri(html).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "Chromium did not print the country page within 2 minutes");
        Assert.True(process.ExitCode == 0 && File.Exists(output), $"Chromium failed ({process.ExitCode}): {error.Result}");
        return output;
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
