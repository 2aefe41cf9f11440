using AngleSharp.Html.Parser;
using UprSite.Build.Pipeline;
using UprSite.Build.Tests.Support;

namespace UprSite.Printing.Tests;

[Collection(SamplePdfCollection.Name)]
public sealed class SamplePdfTests(SamplePdfBuild build)
{
    public static TheoryData<string, string> SampleFactsheets() => new()
    {
        { "en", "civic-space" }, { "en", "labour" }, { "en", "land" },
        { "fr", "civic-space" }, { "fr", "land" },
        { "km", "civic-space" }, { "km", "land" },
    };

    [Fact]
    public void The_sample_site_builds_with_pdfs_without_errors_or_factsheet_warnings()
    {
        Assert.DoesNotContain(build.Result.Diagnostics, d => d.IsError || d.Code.StartsWith("UPR07", StringComparison.Ordinal));
        // 7 factsheets, 3 print packs and a brief for each of the 22 recommending States in each of the 3 languages.
        Assert.Equal(10 + 66, build.Result.Print!.Printed + build.Result.Print.Reused);
    }

    [Theory]
    [MemberData(nameof(SampleFactsheets))]
    public void Every_sample_factsheet_prints_on_one_or_two_tagged_A4_pages_beside_its_page(string language, string slug)
    {
        var pdf = build.PathOf($"{language}/countries/kh/factsheets/{slug}/{slug}.pdf");

        var info = Poppler.Info(pdf);
        Assert.InRange(Poppler.Pages(pdf), 1, 2);
        Assert.Matches(@"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", info);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.Equal(Poppler.Pages(pdf), PdfPageCounter.Count(File.ReadAllBytes(pdf)));
    }

    [Theory]
    [InlineData("en", 3)]
    [InlineData("fr", 2)]
    [InlineData("km", 2)]
    public void Each_language_has_a_print_pack_with_a_cover_and_all_its_factsheets(string language, int factsheets)
    {
        var pack = build.PathOf($"{language}/countries/kh/factsheets/kh-factsheets-{language}.pdf");
        var singles = Directory.GetFiles(build.PathOf($"{language}/countries/kh/factsheets"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => f != pack).ToList();

        Assert.Equal(factsheets, singles.Count);
        // A cover, then each factsheet on the pages its own PDF takes.
        Assert.Equal(1 + singles.Sum(Poppler.Pages), Poppler.Pages(pack));
    }

    [Fact]
    public void The_khmer_pdf_holds_the_khmer_text_and_the_online_address()
    {
        var text = Poppler.Text(build.PathOf("km/countries/kh/factsheets/land/land.pdf"));

        Assert.Contains("សិទ្ធិដីធ្លី និងសិទ្ធិទទួលបាន", text, StringComparison.Ordinal);

        // pdftotext puts a space inside some ligatures (ដ្ឋា ន, សំណួ រ); the letters themselves are all there, in order.
        var letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("សិទ្ធិដីធ្លីនិងសិទ្ធិទទួលបានលំនៅដ្ឋាន", letters, StringComparison.Ordinal);
        Assert.Contains("សំណួរ", letters, StringComparison.Ordinal);
        Assert.Contains("អនុសាសន៍", letters, StringComparison.Ordinal);
        var land = build.Result.Site!.Countries[0].Factsheets.Single(f => f.Slug == "land" && f.Language == "km");
        foreach (var item in land.Sections.Questions!.Items.Concat(land.Sections.Recommendations!.Items))
        {
            Assert.Contains(string.Concat(item.Text.Where(c => !char.IsWhiteSpace(c)).Take(40)), letters, StringComparison.Ordinal);
        }

        Assert.Contains("https://uprsite-sample.netlify.app/km/countries/kh/factsheets/land/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_pdf_has_the_running_header_and_no_screen_furniture()
    {
        var text = Poppler.Text(build.PathOf("en/countries/kh/factsheets/land/land.pdf"));

        Assert.Contains("Sample UPR Coalition (fictional)", text, StringComparison.Ordinal);
        Assert.Contains("Adopt binding national guidelines on evictions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to main content", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copy all", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Download this factsheet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factsheet_page_links_to_its_pdf_and_to_the_print_pack()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(build.PathOf("en/countries/kh/factsheets/land/index.html")));

        var pdf = page.QuerySelector("a[href='land.pdf']");
        Assert.NotNull(pdf);
        Assert.Equal("kh-land-en.pdf", pdf.GetAttribute("download"));
        Assert.NotNull(page.QuerySelector("a[href='../kh-factsheets-en.pdf']"));
    }

    [Theory]
    [InlineData("km")]
    [InlineData("fr")]
    public void A_fallback_factsheet_page_links_the_english_pdf_and_the_pack_of_its_readers_language(string language)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(build.PathOf($"{language}/countries/kh/factsheets/labour/index.html")));

        Assert.NotNull(page.QuerySelector("a[href='../../../../../en/countries/kh/factsheets/labour/labour.pdf']"));
        Assert.NotNull(page.QuerySelector($"a[href='../kh-factsheets-{language}.pdf']"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("km")]
    public void The_country_page_links_to_the_print_pack_of_its_language(string language)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(build.PathOf($"{language}/countries/kh/index.html")));

        var pack = page.QuerySelector($"#factsheets-heading ~ p a[href='factsheets/kh-factsheets-{language}.pdf']");
        Assert.NotNull(pack);
        Assert.Equal(($"kh-factsheets-{language}.pdf", "application/pdf"), (pack.GetAttribute("download"), pack.GetAttribute("type")));
        Assert.True(File.Exists(build.PathOf($"{language}/countries/kh/factsheets/kh-factsheets-{language}.pdf")));
    }

    [Fact]
    public void An_unchanged_site_reuses_every_pdf_without_starting_chromium()
    {
        var again = SiteBuilder.Build(build.Options with { OutputDir = Path.Combine(build.Root, "_site2") });

        Assert.True(again.Succeeded);
        Assert.Equal((0, 76, 0L), (again.Print!.Printed, again.Print.Reused, again.Print.BrowserStartMs));
        Assert.Equal(File.ReadAllBytes(build.PathOf("km/countries/kh/factsheets/land/land.pdf")),
            File.ReadAllBytes(Path.Combine(build.Root, "_site2", "km/countries/kh/factsheets/land/land.pdf")));
    }

    [Fact]
    public void Printing_again_without_the_cache_gives_the_same_bytes_dated_by_the_factsheet()
    {
        var again = SiteBuilder.Build(build.Options with { OutputDir = Path.Combine(build.Root, "_site3"), PdfCacheDir = Path.Combine(build.Root, "cache3") });

        Assert.Equal(76, again.Print!.Printed);
        foreach (var (path, file) in again.Output!.Files.Where(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(build.PathOf(path))), $"{path} differs from the first print");
        }

        var land = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.PathOf("en/countries/kh/factsheets/land/land.pdf")));
        Assert.Contains("/CreationDate (D:20240201000000+00'00')", land, StringComparison.Ordinal);
        // A brief is dated by the newest of its ratings, its drafts' factsheets and its reviews: Angola's by its review.
        var angola = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.PathOf("en/countries/kh/states/angola/brief/brief.pdf")));
        Assert.Contains("/CreationDate (D:20140128000000+00'00')", angola, StringComparison.Ordinal);
    }
}
