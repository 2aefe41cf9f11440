using AngleSharp.Html.Parser;
using UprSite.Build.Tests.Support;
using UprSite.Printing.Tests.Support;

namespace UprSite.Printing.Tests;

/// <summary>What every printed brief must be on paper, checked on its PDF beside the brief page it was printed from.</summary>
internal static class BriefPaper
{
    private const string Site = "https://uprsite-sample.netlify.app";
    private static readonly (double Top, double Bottom) Margins = PrintedPdf.PageMargins("a4");

    /// <summary>Page count, A4, every page a quarter full or more, body 10–12 pt and nothing under 8.5 pt, no item split across pages, the QR code.</summary>
    public static void Holds(Func<string, string> pathOf, string language, string slug)
    {
        var folder = $"{language}/countries/kh/states/{slug}/brief/";
        var pdf = PrintedPdf.Read(pathOf(folder + "brief.pdf"));
        var label = $"the {language} brief on {slug}";

        Assert.InRange(pdf.Pages.Count, 1, 2);
        Assert.Matches(@"Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)", Poppler.Info(pdf.Path));
        Assert.All(pdf.Pages, page => Assert.True(page.TextShare(Margins.Top, Margins.Bottom) >= 0.25,
            $"page {page.Number} of {label} holds text on {page.TextShare(Margins.Top, Margins.Bottom):P0} of its text area"));

        var runs = pdf.Runs().Where(r => r.Top > Margins.Top && r.Top < pdf.Pages[0].Height - Margins.Bottom).ToList();
        var body = runs.GroupBy(r => r.Size).MaxBy(g => g.Sum(r => r.Text.Length))!.Key;
        Assert.InRange(body, 10, 12);
        Assert.True(runs.Min(r => r.Size) >= 8.3, $"{label} has text at {runs.Min(r => r.Size)} pt: '{runs.MinBy(r => r.Size)!.Text}'");

        // Each recommendation of the State and each draft is whole on one page: split, its letters would run across
        // the running footer and header of the page break.
        var page = new HtmlParser().ParseDocument(File.ReadAllText(pathOf(folder + "index.html")));
        var items = page.QuerySelectorAll(".brief-item, .brief-draft-items li").Select(i => Letters(i.TextContent)).ToList();
        Assert.NotEmpty(items);
        var pageTexts = pdf.Pages.Select(p => Letters(string.Concat(p.Lines.Select(l => l.Text)))).ToList();
        Assert.All(items, item => Assert.True(pageTexts.Any(t => t.Contains(item, StringComparison.Ordinal)),
            $"an item of {label} is not whole on one page: {item[..Math.Min(60, item.Length)]}"));

        var top = pdf.RenderTop(1, 60);
        Assert.Equal($"{Site}/{language}/countries/kh/states/{slug}/", top.ReadQrCode());
        var (width, height) = top.BlackBox()!.Value;
        Assert.True(width >= 200 && height >= 200, $"the QR code of {label} is {width / 10.0} × {height / 10.0} mm");
    }

    // pdftotext puts spaces inside some Khmer ligatures and breaks lines anywhere: compare the letters only.
    public static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
