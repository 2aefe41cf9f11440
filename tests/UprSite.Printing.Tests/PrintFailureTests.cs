using UprSite.Build.Tests.Support;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

public sealed class PrintFailureTests
{
    private const string Recommendations = "## Recommendations\n\n1. Adopt a law on evictions by the end of 2026.\n";

    private static string Factsheet(string title, string context) =>
        $"---\ntitle: {title}\nissues: [Right to land]\n---\n{context}\n\n## Questions\n\n1. How many?\n2. Since when?\n3. Who decides?\n4. By when?\n\n{Recommendations}";

    /// <summary>About <paramref name="words"/> words of context, in paragraphs of our own words.</summary>
    private static string Context(int words)
    {
        const string sentence = "Families who lost their land to a concession still wait for a fair hearing before an independent body. ";
        var perSentence = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return string.Join("\n\n", Enumerable.Range(0, words / perSentence / 5 + 1).Select(_ => string.Concat(Enumerable.Repeat(sentence, 5))));
    }

    [Fact]
    public void A_factsheet_over_the_page_limit_fails_the_build_naming_factsheet_language_and_pages_on_letter_paper()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.MinimalSiteYml + "\nprint: {paper: Letter, max_pages: 2}\n")
            .Write("countries/kh/factsheets/long.en.md", Factsheet("Far too long", Context(2600)))
            .Write("countries/kh/factsheets/short.en.md", Factsheet("Short", "One paragraph of context."));

        var result = UprSite.Build.Pipeline.SiteBuilder.Build(site.Options() with { Printer = new PrintStage() });

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        Assert.Contains(result.Diagnostics, d => d.Code == "UPR0705" && d.File.EndsWith("long.en.md", StringComparison.Ordinal));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("UPR0706", error.Code);
        Assert.EndsWith("countries/kh/factsheets/long.en.md", error.File, StringComparison.Ordinal);
        Assert.Matches(@"^the English \(en\) factsheet 'long' prints on [3-9] Letter pages, more than the 2 that site.yml allows \(print.max_pages\)", error.Message);

        var shortPdf = result.Output!.Files["en/countries/kh/factsheets/short/short.pdf"].Content;
        Assert.Matches(@"Page size:\s+612 x 792 pts \(letter\)", Poppler.WithFile(shortPdf, Poppler.Info));
        Assert.Equal(1, Poppler.WithFile(shortPdf, Poppler.Pages));
        // A short factsheet has room to spare: it prints at the roomiest fit, its body at 12 pt.
        var runs = Poppler.WithFile(shortPdf, path => PrintedPdf.Read(path).Runs());
        Assert.Equal(12, runs.First(r => r.Text == "How many?").Size, 0.34);
    }

    [Fact]
    public void Pdf_without_chromium_fails_with_the_install_command_and_leaves_the_output_untouched()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/short.en.md", Factsheet("Short", "One paragraph."));
        Assert.True(site.Build().Succeeded);
        var before = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html"));

        var result = UprSite.Build.Pipeline.SiteBuilder.Build(site.Options() with { Printer = new PrintStage("/nonexistent/chromium") });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("UPR0707", error.Code);
        Assert.Contains("apt-get install -y chromium fonts-noto-core fonts-khmeros", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "en/countries/kh/factsheets/short/short.pdf")));
    }

    [Fact]
    public void Pdf_for_a_site_without_base_url_is_an_error_at_site_yml()
    {
        using var site = new TestSite();
        site.Write("site.yml", "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n")
            .Write("countries/kh/factsheets/short.en.md", Factsheet("Short", "One paragraph."));

        var result = UprSite.Build.Pipeline.SiteBuilder.Build(site.Options() with { Printer = new PrintStage() });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("UPR0710", error.Code);
        Assert.EndsWith("input/site.yml", error.File, StringComparison.Ordinal);
        Assert.Contains("add 'base_url: https://…' to site.yml, or pass --base-url", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_build_without_a_print_stage_prints_nothing()
    {
        using var site = new TestSite();
        site.Write("countries/kh/factsheets/short.en.md", Factsheet("Short", "One paragraph."));

        var result = UprSite.Build.Pipeline.SiteBuilder.Build(site.Options());

        Assert.True(result.Succeeded);
        Assert.Null(result.Print);
        Assert.DoesNotContain(result.Output!.Files.Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_counter_counts_page_objects_and_not_the_page_tree() =>
        Assert.Equal(2, PdfPageCounter.Count(System.Text.Encoding.Latin1.GetBytes("<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>")));
}
