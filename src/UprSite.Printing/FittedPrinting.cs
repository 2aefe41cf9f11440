namespace UprSite.Printing;

/// <summary>
/// Prints a factsheet at the fit <see cref="FitChoice"/> picks from its measured heights, checks the pages Chromium
/// made against the pages measured and prints it tighter when a page break pushed it onto one more; prints a pack
/// with each factsheet at the fit of its own PDF, so that the pack's pages are the factsheets' pages after the cover.
/// </summary>
internal static class FittedPrinting
{
    /// <summary>The elements of layouts/print-pack.html that receive each factsheet's first page, in contents order.</summary>
    public const string PageNumbers = "[data-pack-page]";

    /// <summary>The most prints of one factsheet: a page break can cost a page, the measure cannot see it.</summary>
    private const int MaxAttempts = 5;

    public static async Task<(byte[] Pdf, PageFit Fit)> FactsheetAsync(PrintTab tab, PageTemplates templates)
    {
        var parts = await tab.MeasureAsync(FitChoice.Candidates);
        if (parts.Length != 1)
        {
            // A layout without exactly one factsheet article is printed as its stylesheet has it.
            var plain = await tab.PdfAsync(templates, outline: false);
            return (plain, new PageFit(null, PdfPageCounter.Count(plain)));
        }

        var (index, pages) = FitChoice.First(parts[0], tab.ContentHeight);
        for (var attempt = 1; ; attempt++)
        {
            var fit = FitChoice.Candidates[index];
            await tab.ApplyAsync([fit]);
            var pdf = await tab.PdfAsync(templates, outline: false);
            var printed = PdfPageCounter.Count(pdf);
            if (printed <= pages || attempt == MaxAttempts)
            {
                return (pdf, new PageFit(fit, printed));
            }

            if (index > 0)
            {
                index = FitChoice.Tighter(index);
                continue;
            }

            // Even the most compact fit took a page more than measured (a page break): fill the pages it takes.
            (index, pages) = (FitChoice.Roomiest(parts[0], tab.ContentHeight, printed), printed);
            if (index == 0)
            {
                return (pdf, new PageFit(fit, printed));
            }
        }
    }

    /// <param name="fits">Each factsheet's fit and pages in its own PDF, in the pack's order.</param>
    /// <param name="contents">The contents' page numbers, given how many pages the cover takes.</param>
    public static async Task<byte[]> PackAsync(PrintTab tab, PageTemplates templates, IReadOnlyList<PageFit> fits,
        Func<int, IReadOnlyList<string>> contents)
    {
        await tab.ApplyAsync(fits.Select(f => f.Fit).ToList());
        var factsheetPages = fits.Sum(f => f.Pages);
        var cover = 1;
        for (var attempt = 0; ; attempt++)
        {
            await tab.LabelAsync(PageNumbers, contents(cover));
            var pdf = await tab.PdfAsync(templates, outline: true);
            var printedCover = PdfPageCounter.Count(pdf) - factsheetPages;
            // A long list of members can push the contents onto a second sheet: number again from there, once.
            if (printedCover == cover || printedCover < 1 || attempt == 1)
            {
                return pdf;
            }

            cover = printedCover;
        }
    }
}
