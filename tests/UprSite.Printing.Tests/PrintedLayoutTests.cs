using UprSite.Build.Tests.Support;
using UprSite.Core.Model;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>
/// The sample's PDFs held as paper: how much of each page the text fills, the type sizes, where the
/// recommendations fall, the QR codes (read back from the rendered pages) and the packs' covers.
/// </summary>
[Collection(SamplePdfCollection.Name)]
public sealed class PrintedLayoutTests(SamplePdfBuild build)
{
    private const string Site = "https://uprsite-sample.netlify.app";
    private static readonly (double Top, double Bottom) Margins = PrintedPdf.PageMargins("a4");

    public static TheoryData<string, string, int> SampleFactsheets() => new()
    {
        { "en", "civic-space", 2 }, { "en", "labour", 1 }, { "en", "land", 2 },
        { "fr", "civic-space", 2 }, { "fr", "land", 2 },
        { "km", "civic-space", 2 }, { "km", "land", 2 },
    };

    [Theory]
    [MemberData(nameof(SampleFactsheets))]
    public void A_factsheet_fills_every_page_it_takes_a_quarter_or_more(string language, string slug, int pages)
    {
        var pdf = PrintedPdf.Read(build.PathOf(FactsheetPdf(language, slug)));

        Assert.Equal(pages, pdf.Pages.Count);
        Assert.All(pdf.Pages, page => Assert.True(page.TextShare(Margins.Top, Margins.Bottom) >= 0.25,
            $"page {page.Number} of {slug} ({language}) holds text on {page.TextShare(Margins.Top, Margins.Bottom):P0} of its text area"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void No_page_of_a_pack_but_its_last_holds_less_than_a_quarter_page_of_text(string language)
    {
        var pdf = PrintedPdf.Read(build.PathOf(PackPdf(language)));

        Assert.All(pdf.Pages.SkipLast(1), page => Assert.True(page.TextShare(Margins.Top, Margins.Bottom) >= 0.25,
            $"page {page.Number} of the {language} pack holds text on {page.TextShare(Margins.Top, Margins.Bottom):P0} of its text area"));
    }

    [Theory]
    [MemberData(nameof(SampleFactsheets))]
    public void The_body_prints_at_10_pt_or_more_and_no_text_on_the_page_under_8_5_pt(string language, string slug, int pages)
    {
        var pdf = PrintedPdf.Read(build.PathOf(FactsheetPdf(language, slug)));
        var height = pdf.Pages[0].Height;
        var runs = pdf.Runs().Where(r => r.Top > Margins.Top && r.Top < height - Margins.Bottom).ToList();

        // The body is the size most of the letters are in.
        var body = runs.GroupBy(r => r.Size).MaxBy(g => g.Sum(r => r.Text.Length))!.Key;
        Assert.InRange(body, 10, 12);
        // pdftohtml rounds sizes to a third of a point: 8.5 pt may read as 8⅓.
        Assert.True(runs.Min(r => r.Size) >= 8.3, $"{slug} ({language}, {pages} pages) has text at {runs.Min(r => r.Size)} pt: '{runs.MinBy(r => r.Size)!.Text}'");
    }

    [Theory]
    [MemberData(nameof(SampleFactsheets))]
    public void The_recommendations_print_on_one_page(string language, string slug, int pages)
    {
        var pdf = PrintedPdf.Read(build.PathOf(FactsheetPdf(language, slug)));
        var pageTexts = pdf.Pages.Select(p => Letters(string.Concat(p.Lines.Select(l => l.Text)))).ToList();

        var onPages = Factsheet(language, slug).Sections.Recommendations!.Items
            .Select(item => pageTexts.FindIndex(text => text.Contains(Letters(item.Text)[..40], StringComparison.Ordinal)) + 1)
            .ToList();

        Assert.DoesNotContain(0, onPages);
        Assert.True(onPages.Distinct().Count() == 1, $"the recommendations of {slug} ({language}, {pages} pages) are on pages {string.Join(", ", onPages)}");
    }

    [Theory]
    [MemberData(nameof(SampleFactsheets))]
    public void The_first_page_carries_a_QR_code_of_20_mm_or_more_to_the_factsheet(string language, string slug, int pages)
    {
        var top = PrintedPdf.Read(build.PathOf(FactsheetPdf(language, slug))).RenderTop(1, 60);

        Assert.Equal($"{Site}/{language}/countries/kh/factsheets/{slug}/", top.ReadQrCode());
        var (width, height) = top.BlackBox()!.Value;
        // 10 pixels a millimetre.
        Assert.True(width >= 200 && height >= 200, $"the QR code of {slug} ({language}, {pages} pages) is {width / 10.0} × {height / 10.0} mm");
    }

    [Theory]
    [InlineData("en", "Sample UPR Coalition (fictional)", "1 February 2024")]
    [InlineData("fr", "Coalition EPU d'exemple (fictive)", "1er février 2024")]
    [InlineData("km", "សម្ព័ន្ធ UPR គំរូ (ប្រឌិត)", "១ កុម្ភៈ ២០២៤")]
    public void A_pack_opens_with_a_cover_whose_contents_give_the_page_each_factsheet_starts_on_with_its_QR_code(
        string language, string coalition, string date)
    {
        var pack = PrintedPdf.Read(build.PathOf(PackPdf(language)));
        var cover = pack.Pages[0];
        var coverText = Letters(pack.TextOf(1));

        Assert.Contains(Letters(coalition), coverText, StringComparison.Ordinal);
        Assert.Contains(Letters(date), coverText, StringComparison.Ordinal);
        Assert.All(build.Result.Site!.Settings.Coalition.Members, member => Assert.Contains(Letters(member.Name.Get(language, "en")), coverText, StringComparison.Ordinal));

        var start = 2;
        foreach (var factsheet in build.Result.Site.Countries[0].Factsheets.Where(f => f.Language == language))
        {
            var title = cover.Lines.First(l => Letters(l.Text).Contains(Letters(factsheet.Title)[..12], StringComparison.Ordinal));
            var number = cover.Lines.Single(l => Math.Abs(l.Top - title.Top) < 1 && l != title).Text;
            Assert.Equal(Digits(language, start), number);
            Assert.Equal($"{Site}/{language}/countries/kh/factsheets/{factsheet.Slug}/", pack.RenderTop(start, 60).ReadQrCode());
            Assert.Contains(Letters(factsheet.Title), Letters(pack.TextOf(start)), StringComparison.Ordinal);
            start += Poppler.Pages(build.PathOf(FactsheetPdf(language, factsheet.Slug)));
        }

        Assert.Equal(start - 1, pack.Pages.Count);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("km")]
    public void A_pack_cover_names_the_factsheet_only_in_another_language_with_its_address(string language)
    {
        var cover = PrintedPdf.Read(build.PathOf(PackPdf(language))).TextOf(1);

        Assert.Contains("Labour rights", cover, StringComparison.Ordinal);
        Assert.Contains($"{Site}/en/countries/kh/factsheets/labour/", cover, StringComparison.Ordinal);
        // Only that one: the factsheets written in the pack's language are in it.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(cover, @"https://\S+/factsheets/"));
    }

    [Fact]
    public void The_english_pack_cover_lists_no_factsheet_in_another_language()
    {
        var cover = PrintedPdf.Read(build.PathOf(PackPdf("en"))).TextOf(1);

        Assert.DoesNotContain("/fr/", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("/km/", cover, StringComparison.Ordinal);
    }

    private Factsheet Factsheet(string language, string slug) =>
        build.Result.Site!.Countries[0].Factsheets.Single(f => f.Slug == slug && f.Language == language);

    private static string FactsheetPdf(string language, string slug) => $"{language}/countries/kh/factsheets/{slug}/{slug}.pdf";

    private static string PackPdf(string language) => $"{language}/countries/kh/factsheets/kh-factsheets-{language}.pdf";

    // pdftotext puts spaces inside some Khmer ligatures and breaks lines anywhere: compare the letters only.
    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Digits(string language, int number) => language == "km"
        ? string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('០' + (d - '0'))))
        : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
