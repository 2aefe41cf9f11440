using System.Diagnostics;
using Microsoft.Playwright;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages;
using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Printing;

/// <summary>
/// One build's printing, once Chromium and Node.js were found (<see cref="PrintStage"/>): every factsheet in every
/// language, one print pack per country and language, and every recommending State's brief, printed through one Chromium from the rendered output in
/// memory. The PDFs join the output before Check and Write, so their links are checked and a failed build writes
/// nothing. A factsheet over the page limit is an error.
/// </summary>
/// <param name="printPages">The print pack pages Render made (output path → HTML), printed but never written.</param>
/// <param name="margins">Renders each PDF's running header and footer from the theme's partials.</param>
/// <param name="briefs">The recommending States' briefs, printed from their pages in the output.</param>
internal sealed class PrintRun(Site site, StringTable strings, OutputSet output, IReadOnlyDictionary<string, byte[]> printPages,
    PageTemplateRenderer margins, DiagnosticList diagnostics, IReadOnlyList<BriefPrint> briefs)
{
    private readonly string? _logo = margins.DataUri(site.Settings.Coalition.Logo);

    /// <param name="printed">Told (done, total, PDF path) as each PDF is printed, and (0, total, …) before Chromium starts.</param>
    public PrintReport? Run(string executable, string cacheDir, Action<int, int, string>? printed = null)
    {
        var (jobs, extraPages) = Plan();
        if (diagnostics.HasErrors)
        {
            return null;
        }

        try
        {
            return PrintAllAsync(jobs, extraPages, executable, cacheDir, printed).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PrintFailed,
                $"Chromium failed while printing ({e.Message.Split('\n')[0]}); check that '{executable}' starts (try '{executable} --headless --no-sandbox --print-to-pdf=/tmp/x.pdf about:blank') and that fonts-noto-core and fonts-khmeros are installed",
                executable));
            return null;
        }
    }

    private (List<PrintJob> Jobs, Dictionary<string, byte[]> ExtraPages) Plan()
    {
        var jobs = new List<PrintJob>();
        var extraPages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var country in site.Countries)
        {
            foreach (var factsheet in country.Factsheets)
            {
                var language = site.Settings.FindLanguage(factsheet.Language)!;
                jobs.Add(new PrintJob(
                    SitePaths.Factsheet(factsheet.Language, country.Code, factsheet.Slug),
                    PrintPaths.FactsheetPdf(factsheet.Language, country.Code, factsheet.Slug),
                    $"the {language.Label} ({language.Code}) factsheet '{factsheet.Slug}'",
                    factsheet.Source,
                    site.Settings.Print.MaxPages,
                    Templates(language, factsheet.Title, SitePaths.Factsheet(factsheet.Language, country.Code, factsheet.Slug)),
                    factsheet.Updated, language));
            }

            foreach (var language in site.Settings.Languages)
            {
                var pagePath = PrintPaths.PrintPackPage(language.Code, country.Code);
                if (printPages.GetValueOrDefault(pagePath) is { } page)
                {
                    extraPages[pagePath] = page;
                    var title = PrintPackPages.PrintPackTitle(site, country, language, strings);
                    var factsheets = PrintPackPages.Factsheets(country, language);
                    jobs.Add(new PrintJob(pagePath, PrintPaths.PrintPack(language.Code, country.Code),
                        $"the {language.Label} ({language.Code}) print pack of '{country.Code}'", null, null,
                        Templates(language, title, SitePaths.Country(language.Code, country.Code)),
                        factsheets.Max(f => f.Updated), language,
                        [.. factsheets.Select(f => PrintPaths.FactsheetPdf(f.Language, country.Code, f.Slug))]));
                }
            }
        }

        // A brief is printed as a factsheet is, on at most two pages, with the State page's address in its footer.
        jobs.AddRange(briefs.Select(b => new PrintJob(b.PagePath, b.PdfPath, b.Label, null, BriefPages.MaxPages,
            Templates(b.Language, b.Title, b.OnlinePath), b.Date, b.Language, Brief: true)));
        return (jobs, extraPages);
    }

    private PageTemplates Templates(Language language, string title, string onlinePath)
    {
        var url = SitePaths.Absolute(site.Settings.BaseUrl, onlinePath);
        var view = new PdfMarginView(language.Code, site.Settings.Coalition.Name.Get(language.Code, site.Settings.DefaultLanguage.Code), title,
            strings.Get(language.Code, "factsheet.online"), url, QrCodeSvg.For(url, url), margins.Styles)
        {
            Logo = _logo,
        };
        // A failed partial is reported; Run stops on it before anything is printed.
        return margins.Render(view) ?? new PageTemplates(string.Empty, string.Empty);
    }

    private async Task<PrintReport> PrintAllAsync(List<PrintJob> jobs, Dictionary<string, byte[]> extraPages, string executable, string cacheDir,
        Action<int, int, string>? onPrinted)
    {
        var cache = new PdfCache(cacheDir);
        var assets = PdfCache.HashAll(output.Files.Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => new KeyValuePair<string, byte[]>(f.Key, f.Value.Content)));
        var paper = site.Settings.Print.Paper.ToString();
        var origin = site.Settings.BaseUrl.TrimEnd('/') + "/";
        byte[]? FileAt(string path) => extraPages.GetValueOrDefault(path) ?? (output.Files.TryGetValue(path, out var file) ? file.Content : null);

        string KeyOf(PrintJob job) => PdfCache.Key(FileAt(job.PagePath)!, job.Templates, assets, paper);
        var printedAt = new Dictionary<string, (byte[] Pdf, PageFit Fit)>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (cache.Get(KeyOf(job)) is { } hit)
            {
                printedAt[job.PdfPath] = hit;
            }
        }

        var toPrint = jobs.Where(j => !printedAt.ContainsKey(j.PdfPath)).ToList();
        var (startMs, printMs, factsheetMs, briefMs) = (0L, 0L, 0L, 0L);
        if (toPrint.Count > 0)
        {
            var (done, total) = (0, toPrint.Count);
            async Task Printed(PrintJob job, Task<(byte[] Pdf, PageFit Fit)> printing)
            {
                var (pdf, fit) = await printing;
                pdf = PdfNormaliser.Normalise(pdf, job.Date);
                lock (printedAt)
                {
                    printedAt[job.PdfPath] = (pdf, fit);
                }

                cache.Put(KeyOf(job), pdf, fit);
                onPrinted?.Invoke(Interlocked.Increment(ref done), total, job.PdfPath);
            }

            onPrinted?.Invoke(0, total, "starting Chromium");
            var startClock = Stopwatch.StartNew();
            await using var browser = await PdfBrowser.StartAsync(executable, origin, FileAt);
            startMs = startClock.ElapsedMilliseconds;
            // Factsheets first: each pack prints its factsheets at the fit their own PDFs took; the briefs last.
            var printClock = Stopwatch.StartNew();
            var paperSize = site.Settings.Print.Paper;
            Task PrintFitted(PrintJob j) =>
                Printed(j, browser.WithPageAsync(origin + j.PagePath, paperSize, tab => FittedPrinting.FactsheetAsync(tab, j.Templates)));
            await Task.WhenAll(toPrint.Where(j => j.PackParts is null && !j.Brief).Select(PrintFitted));
            factsheetMs = printClock.ElapsedMilliseconds;
            await Task.WhenAll(toPrint.Where(j => j.PackParts is not null).Select(j =>
            {
                var fits = j.PackParts!.Select(part => printedAt[part].Fit).ToList();
                return Printed(j, browser.WithPageAsync(origin + j.PagePath, paperSize, async tab =>
                {
                    var pdf = await FittedPrinting.PackAsync(tab, j.Templates, fits, cover => ContentsPages(j.Language, fits, cover));
                    return (pdf, new PageFit(null, PdfPageCounter.Count(pdf)));
                }));
            }));
            var packsDoneMs = printClock.ElapsedMilliseconds;
            await Task.WhenAll(toPrint.Where(j => j.Brief).Select(PrintFitted));
            printMs = printClock.ElapsedMilliseconds;
            briefMs = printMs - packsDoneMs;
        }

        foreach (var job in jobs)
        {
            CheckPages(job, printedAt[job.PdfPath].Pdf);
            output.Add(job.PdfPath, new OutputFile(printedAt[job.PdfPath].Pdf));
        }

        cache.Prune();
        return new PrintReport(toPrint.Count, jobs.Count - toPrint.Count, startMs, printMs)
        {
            Factsheets = toPrint.Count(j => j.PackParts is null && !j.Brief),
            Briefs = toPrint.Count(j => j.Brief),
            BriefPrintMs = briefMs,
            FactsheetPrintMs = factsheetMs,
        };
    }

    /// <summary>The page each factsheet of a pack starts on, after a cover of <paramref name="coverPages"/>, in the pack's digits.</summary>
    private static List<string> ContentsPages(Language language, IReadOnlyList<PageFit> fits, int coverPages)
    {
        var format = new LocaleFormat(language);
        var next = coverPages + 1;
        var starts = new List<string>();
        foreach (var fit in fits)
        {
            starts.Add(format.Number(next));
            next += fit.Pages;
        }

        return starts;
    }

    private void CheckPages(PrintJob job, byte[] pdf)
    {
        var pages = PdfPageCounter.Count(pdf);
        if (job.Brief && pages > job.MaxPages)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BriefTooManyPages,
                $"{job.Label} prints on {pages} {site.Settings.Print.Paper} pages, more than {job.MaxPages}; shorten the evidence of its recommendations in implementation.csv or the draft recommendations of the factsheets on its themes",
                job.PdfPath));
        }
        else if (job.MaxPages is { } max && pages > max)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FactsheetTooManyPages,
                $"{job.Label} prints on {pages} {site.Settings.Print.Paper} pages, more than the {max} that site.yml allows (print.max_pages); shorten its context first, then its questions and recommendations, or raise print.max_pages",
                job.Source?.Path ?? job.PdfPath));
        }
    }
}
