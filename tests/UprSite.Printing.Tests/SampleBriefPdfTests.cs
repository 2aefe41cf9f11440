using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>The sample's briefs, one per recommending State and language, as printed by the sample's build with --pdf.</summary>
[Collection(SamplePdfCollection.Name)]
public sealed class SampleBriefPdfTests(SamplePdfBuild build)
{
    private static readonly (double Top, double Bottom) Margins = PrintedPdf.PageMargins("a4");

    [Theory]
    [InlineData("en", "angola")]
    [InlineData("fr", "angola")]
    [InlineData("km", "angola")]
    [InlineData("en", "united-kingdom")]
    [InlineData("fr", "france")]
    [InlineData("km", "france")]
    [InlineData("en", "tunisia")]
    public void A_brief_of_a_few_recommendations_prints_on_one_filled_A4_page_with_its_QR_code(string language, string slug)
    {
        BriefPaper.Holds(build.PathOf, language, slug);
        Assert.Equal(1, Poppler.Pages(build.PathOf($"{language}/countries/kh/states/{slug}/brief/brief.pdf")));
    }

    [Fact]
    public void Every_state_has_a_brief_in_every_language_on_one_or_two_pages_each_a_quarter_full_or_more()
    {
        var briefs = Directory.GetFiles(build.Output, "brief.pdf", SearchOption.AllDirectories);

        Assert.Equal(22 * 3, briefs.Length);
        Assert.Equal(briefs.Length, build.Result.Print!.Briefs);
        Assert.All(briefs, path =>
        {
            var pdf = PrintedPdf.Read(path);
            Assert.InRange(pdf.Pages.Count, 1, 2);
            Assert.All(pdf.Pages, page => Assert.True(page.TextShare(Margins.Top, Margins.Bottom) >= 0.25, $"page {page.Number} of {path}"));
        });
    }

    [Theory]
    [InlineData("en", "Download the brief (PDF)")]
    [InlineData("fr", "Télécharger la note (PDF)")]
    [InlineData("km", "ទាញយកឯកសារសង្ខេប (PDF)")]
    public void The_state_page_and_the_brief_page_link_the_brief_pdf(string language, string text)
    {
        foreach (var page in new[] { "index.html", "brief/index.html" })
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(build.PathOf($"{language}/countries/kh/states/norway/{page}")));
            var link = html.QuerySelectorAll("a[type='application/pdf']").Single(a => a.TextContent == text);
            Assert.Equal($"kh-norway-brief-{language}.pdf", link.GetAttribute("download"));
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(build.PathOf($"{language}/countries/kh/states/norway/{page}"))!, link.GetAttribute("href")!));
            Assert.Equal(build.PathOf($"{language}/countries/kh/states/norway/brief/brief.pdf"), target);
            Assert.True(File.Exists(target));
        }
    }
}
