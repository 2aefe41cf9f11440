using System.Collections.Concurrent;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Markdown;
using UprSite.Build.Output;
using UprSite.Build.Pages.Data;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Build.Search;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;
using UprSite.Core.Urls;

namespace UprSite.Build.Pages;

/// <summary>
/// Render: every page of the site in every language (each a <see cref="PageJob"/> of a kind in <see cref="PageKinds"/>),
/// the print pack pages of the PDFs planned, then assets (under the hashed names of <paramref name="assets"/>, which
/// every address to an asset is written with), downloads and static files. A factsheet or page missing in
/// one language is rendered there from its original, with a notice (a fallback page). Render projects what Compute
/// computed; it reads no file (the layouts come parsed once from <see cref="TemplateStore"/>).
/// </summary>
/// <param name="markdown">The Markdown of every factsheet and page, rendered here for each page that shows it.</param>
/// <param name="assets">Every file under assets/ with its hashed name (<see cref="AssetPlan"/>).</param>
/// <param name="strings">The UI strings; the ones missed are returned in <see cref="RenderedSite.MissedStrings"/>.</param>
/// <param name="pdfs">The PDFs the Print stage will make (<see cref="PrintPlan.Pdfs"/>); empty without --pdf.</param>
/// <param name="store">Where each file goes as it is made (the staging folder); null: the output is kept in memory.</param>
public sealed class SiteRenderer(Site site, MarkdownContent markdown, SiteFigures figures, AssetPlan assets, SourceSet sources, UiStrings strings, DiagnosticList diagnostics,
    IReadOnlySet<string>? pdfs = null, IOutputStore? store = null)
{
    private readonly MarkdownRenderer _markdown = new(assets);
    private readonly TemplateStore _templates = new TemplateStore(sources, diagnostics).Ready();
    private readonly StringTable _strings = new(strings);
    private readonly LanguageLinks _links = new(site.Settings);
    private readonly IReadOnlySet<string> _pdfs = pdfs ?? new HashSet<string>();
    private readonly ConcurrentDictionary<string, byte[]> _printPages = new(StringComparer.Ordinal);

    /// <summary>How many pages render at once.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The pages of the previous build in this process (<c>serve</c>), taken again for unchanged models (<see cref="PageWriter"/>).</summary>
    public PageMemory? Memory { get; init; }

    /// <summary>Groups of pages of the previous build in this process (<c>serve</c>), taken whole while their inputs are unchanged (<see cref="PageGroups"/>).</summary>
    public PageGroups? Groups { get; init; }

    /// <summary>Downloads of the previous build in this process (<c>serve</c>), added again while what they read is unchanged.</summary>
    public OutputMemory? Downloads { get; init; }

    public RenderedSite Render()
    {
        var output = new OutputSet(store);
        var countryData = new CountryDataRenderer(site, figures, _strings, _pdfs);
        var siteIndexes = new SiteIndexRenderer(site, figures, _strings);
        var comparisons = new ComparisonRenderer(site, figures, _strings);
        var writer = new PageWriter(_templates, _strings, assets, _printPages, Memory);
        var groups = Memory is not null && output.Store is null ? Groups : null;
        groups?.Begin(SiteInputs.Of(site, figures, _pdfs), Memory!.Usable);
        // The list of work is made in order on this thread (cheap: each job is made later, where it is rendered); jobs
        // are then made, rendered, indexed and written on every core, and the pages listed in list order, whatever
        // finished first.
        var work = Jobs(new SitePageJobs(site, markdown, figures, _strings, _markdown, _pdfs), countryData, siteIndexes, comparisons, groups).ToList();
        var done = new (RenderedPage? Page, DiagnosticList Diagnostics, bool Exists)[work.Count];
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, work.Count), EnumerablePartitionerOptions.NoBuffering), Cores, i =>
        {
            var own = new DiagnosticList();
            if (work[i].Kept is { } kept)
            {
                done[i] = (writer.Replay(kept, output), own, true);
                return;
            }

            var job = work[i].Make!();
            done[i] = job is null ? (null, own, false) : (writer.Add(job, output, own), own, true);
        });
        var pages = new List<RenderedPage>(work.Count);
        var existing = new List<(PageWork Work, RenderedPage? Page, DiagnosticList Diagnostics)>(work.Count);
        for (var i = 0; i < work.Count; i++)
        {
            var (page, own, exists) = done[i];
            diagnostics.AddRange(own.Items);
            if (page is not null)
            {
                pages.Add(page);
            }

            if (exists)
            {
                existing.Add((work[i], page, own));
            }
        }

        groups?.Record(existing.Select(r => (r.Work, r.Page, r.Diagnostics.Items.Count == 0 && r.Page is not null ? Memory!.Made(r.Page.Path) : null)));
        var downloads = new SiteDownloads(site, figures, _strings, countryData, siteIndexes, comparisons, Cores);
        if (groups is not null && Downloads is { } memory)
        {
            downloads.Add(output, memory, Memory!.Usable, groups.SiteToken);
        }
        else
        {
            downloads.Add(output);
        }

        SearchIndex.Add(site, new SearchDocuments(site, markdown, figures), output);
        StaticFiles.Copy(sources, assets, output);
        return new RenderedSite(output, pages, _printPages, _strings.Missed) { Briefs = BriefPages.Prints(site, figures, _strings, _pdfs) };
    }

    private ParallelOptions Cores => new() { MaxDegreeOfParallelism = Math.Max(1, Threads) };

    /// <summary>
    /// Every page of the site, in the order the sitemap and the diagnostics follow: each a job to make (on any core:
    /// making a page's model is a good part of its cost) or a page kept from the previous build.
    /// </summary>
    /// <param name="groups">With a memory (serve): groups of pages kept whole while what they read is unchanged.</param>
    private IEnumerable<PageWork> Jobs(SitePageJobs sitePages, CountryDataRenderer countryData, SiteIndexRenderer siteIndexes, ComparisonRenderer comparisons, PageGroups? groups)
    {
        IEnumerable<PageWork> Grouped(string name, Func<object?[]> key, IEnumerable<Func<PageJob?>> jobs) =>
            groups is null ? jobs.Select(j => new PageWork(j)) : groups.Group(name, key(), jobs);

        var factsheetKeys = groups is null ? null : site.Countries.ToDictionary(c => c.Code, c => FactsheetKey.Of(c.Factsheets));
        yield return new PageWork(sitePages.Root);
        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(() => sitePages.Home(language));
            var siteWide = Grouped($"site/{language.Code}", () => [string.Concat(factsheetKeys!.Values)],
                siteIndexes.Pages(language).Concat(comparisons.Pages(language)));
            foreach (var work in siteWide)
            {
                yield return work;
            }

            foreach (var country in site.Countries)
            {
                var data = Grouped($"country/{language.Code}/{country.Code}", () => [factsheetKeys![country.Code]],
                    countryData.Pages(country, language).Prepend(() => sitePages.Country(language, country, countryData)));
                foreach (var work in data)
                {
                    yield return work;
                }

                foreach (var state in site.Settings.Print.Briefs ? figures.Of(country).States : [])
                {
                    var brief = Grouped($"brief/{language.Code}/{country.Code}/{state.Slug}",
                        () => [factsheetKeys![country.Code], .. BriefBuilder.DraftFactsheets(country, state, language.Code, site.Settings.DefaultLanguage.Code)],
                        [() => BriefPages.Job(site, figures.Of(country), state, language, _strings, _markdown, markdown, _pdfs, figures.CalendarOf(country), figures.Today)]);
                    foreach (var work in brief)
                    {
                        yield return work;
                    }
                }
            }
        }

        foreach (var country in site.Countries)
        {
            foreach (var translations in country.Factsheets.GroupBy(f => f.Slug))
            {
                var written = translations.ToDictionary(f => f.Language);
                var origin = written[_links.OriginOf(written.Keys).Code];
                var factsheets = Grouped($"factsheet/{country.Code}/{translations.Key}", () => [factsheetKeys![country.Code], .. translations],
                    site.Settings.Languages.Select(language => (Func<PageJob?>)(() =>
                        sitePages.Factsheet(country, written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys))));
                foreach (var work in factsheets)
                {
                    yield return work;
                }
            }

            foreach (var language in site.Settings.Languages.Where(l => _pdfs.Contains(PrintPaths.PrintPack(l.Code, country.Code))))
            {
                yield return new PageWork(() => PrintPackPages.Job(site, figures.Of(country), language, _strings, _markdown, markdown, figures.CalendarOf(country)));
            }
        }

        foreach (var translations in site.Pages.GroupBy(p => p.Name))
        {
            var written = translations.ToDictionary(p => p.Language);
            var origin = written[_links.OriginOf(written.Keys).Code];
            foreach (var language in site.Settings.Languages)
            {
                yield return new PageWork(() => sitePages.ContentPage(written.GetValueOrDefault(language.Code) ?? origin, language, written.Keys));
            }
        }

        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(() => SearchPage.Job(site, language, _strings));
        }

        foreach (var language in site.Settings.Languages)
        {
            yield return new PageWork(() => sitePages.NotFound(language, new PageAddress(language.Code)));
        }

        // The site's own 404.html, in the default language's words.
        yield return new PageWork(() => sitePages.NotFound(site.Settings.DefaultLanguage, new PageAddress(string.Empty)));
    }
}
