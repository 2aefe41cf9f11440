using Microsoft.Playwright;
using UprSite.Core.Model;

namespace UprSite.Printing;

/// <summary>
/// One page loaded for printing, laid out with print media at the width of its paper's page box, so that what is
/// measured here is what Chromium paginates. The page's own scripts never run (scripting is off in the context);
/// the measuring below runs in Playwright's evaluation, and sets only CSS custom properties and text.
/// </summary>
internal sealed class PrintTab(IPage page)
{
    /// <summary>The part of a page that can be printed as one unit: each factsheet article (one in a factsheet page), or a brief.</summary>
    private const string Parts = "article.factsheet, article.brief";

    // The margins of the @page rule the first factsheet prints on (print.css names one page per paper), in CSS px.
    private const string PageMarginsScript = """
        (selector) => {
          const target = document.querySelector(selector) ?? document.body;
          const name = getComputedStyle(target).page;
          const rules = [];
          const walk = list => { for (const r of list) {
            if (r instanceof CSSImportRule) { if (r.styleSheet) { try { walk(r.styleSheet.cssRules); } catch { } } }
            else if (r instanceof CSSMediaRule) walk(r.cssRules);
            else if (r instanceof CSSPageRule && (r.selectorText === name || r.selectorText === '')) rules.push(r); } };
          for (const sheet of document.styleSheets) { try { walk(sheet.cssRules); } catch { } }
          const probe = document.createElement('div');
          probe.style.position = 'absolute';
          document.body.append(probe);
          const px = side => { let v = '0';
            for (const r of rules) { const m = r.style.getPropertyValue('margin-' + side); if (m) v = m; }
            probe.style.height = v; return probe.getBoundingClientRect().height; };
          const margins = [px('top'), px('right'), px('bottom'), px('left')];
          probe.remove();
          return margins;
        }
        """;

    // Each part's height at each fit (0: the most compact type and spacing print.css allows, 1: the roomiest).
    private const string MeasureScript = """
        ([selector, fits]) => [...document.querySelectorAll(selector)].map(part => {
          const heights = fits.map(fit => { part.style.setProperty('--fit', String(fit)); return part.getBoundingClientRect().height; });
          part.style.removeProperty('--fit');
          return heights;
        })
        """;

    private const string ApplyScript = """
        ([selector, fits]) => document.querySelectorAll(selector).forEach((part, i) => fits[i] == null ? part.style.removeProperty("--fit") : part.style.setProperty("--fit", String(fits[i])))
        """;

    private const string LabelScript = """
        ([selector, labels]) => document.querySelectorAll(selector).forEach((element, i) => { element.textContent = labels[i] ?? ''; })
        """;

    private const double PxPerMm = 96 / 25.4;

    /// <summary>The height of the page box's content area in CSS px, once <see cref="LayOutAsync"/> ran.</summary>
    public double ContentHeight { get; private set; }

    /// <summary>Lays the page out with print media at the width its text will have on <paramref name="paper"/>.</summary>
    public async Task LayOutAsync(PaperSize paper)
    {
        var (width, height) = paper == PaperSize.Letter ? (215.9, 279.4) : (210.0, 297.0);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var margins = await page.EvaluateAsync<double[]>(PageMarginsScript, Parts);
        var contentWidth = width * PxPerMm - margins[1] - margins[3];
        ContentHeight = height * PxPerMm - margins[0] - margins[2];
        await page.SetViewportSizeAsync((int)Math.Floor(contentWidth), (int)Math.Ceiling(ContentHeight));
    }

    /// <summary>Every factsheet part's height (CSS px) at each of <paramref name="fits"/>.</summary>
    public Task<double[][]> MeasureAsync(IReadOnlyList<double> fits) => page.EvaluateAsync<double[][]>(MeasureScript, new object[] { Parts, fits });

    /// <summary>Lays each factsheet part out at its own fit (null: as the stylesheet has it).</summary>
    public Task ApplyAsync(IReadOnlyList<double?> fits) => page.EvaluateAsync(ApplyScript, new object[] { Parts, fits });

    /// <summary>Writes <paramref name="labels"/> into the elements <paramref name="selector"/> finds, in document order.</summary>
    public Task LabelAsync(string selector, IReadOnlyList<string> labels) => page.EvaluateAsync(LabelScript, new object[] { selector, labels });

    public Task<byte[]> PdfAsync(PageTemplates templates, bool outline) => page.PdfAsync(new PagePdfOptions
    {
        DisplayHeaderFooter = true,
        HeaderTemplate = templates.Header,
        FooterTemplate = templates.Footer,
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
        Outline = outline,
    });
}
