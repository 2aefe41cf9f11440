using UprSite.Build.Checking;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Build.Sources;
using UprSite.Build.Validation;
using UprSite.Build.Writing;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline;

/// <summary>
/// The stages <see cref="SiteBuilder"/> runs, each with one shape: its input in, its output and diagnostics out.
/// Only Recover, Load, Render (the staging folder of a build that writes), Print (its PDF cache) and Write touch the disk.
/// </summary>
public static class Stages
{
    /// <summary>Puts back the previous output a killed build left aside (<see cref="OutputWriter.Recover"/>); disk.</summary>
    public static StageResult<string> Recover(string outputDir) => With(d =>
    {
        OutputWriter.Recover(outputDir, d);
        return outputDir;
    });

    /// <summary>Reads input/ and theme/ into memory (input/ overriding theme/); disk.</summary>
    /// <param name="memory">The previous build's (serve): files with the same bytes stay the objects it read.</param>
    public static StageResult<SourceSet> Load(string inputDir, string themeDir, BuildMemory? memory = null) => With(d =>
    {
        var loaded = SourceLoader.Load(inputDir, themeDir, d);
        return memory is null ? loaded : memory.Adopt(loaded);
    });

    /// <summary>Each file on its own: site.yml, country.yml, factsheets, pages, UI strings.</summary>
    /// <param name="imports">The previous build's imports (serve): recommendation files whose sources are unchanged are taken from there.</param>
    /// <param name="parses">The previous build's parsed files (serve): unchanged ones give the same objects.</param>
    public static StageResult<ParsedSite?> Parse(SourceSet sources, bool drafts, ImportMemory? imports = null, ParseMemory? parses = null) => With(d =>
    {
        var parsed = new SiteParser { IncludeDrafts = drafts, Imports = imports, Memory = parses }.Parse(sources, d);
        if (parsed is not null)
        {
            imports?.End();
            parses?.End();
        }

        return parsed;
    });

    /// <summary>The settings of the command line over site.yml's (--base-url), and the UI strings as one table.</summary>
    public static StageResult<AssembledSite?> Assemble(ParsedSite parsed, SourceSet sources, string? baseUrl) => With(d =>
    {
        if (baseUrl is not null)
        {
            if (BaseUrlRule.Problem(baseUrl) is { } problem)
            {
                d.Add(Diagnostic.Error(DiagnosticCodes.InvalidSiteConfig, $"--base-url {problem}", "--base-url"));
                return null;
            }

            parsed = parsed with { Settings = parsed.Settings with { BaseUrl = baseUrl } };
        }

        return new AssembledSite(parsed, new UiStrings(parsed.Strings, parsed.Settings.DefaultLanguage.Code, $"{sources.InputRoot}/i18n"));
    });

    /// <summary>The rules that span files: duplicates, translations without an original, rows and ratings of a country.</summary>
    /// <param name="memory">The previous build's countries (serve): unchanged ones are taken again.</param>
    public static StageResult<Site> Validate(ParsedSite parsed, ValidationMemory? memory = null) => With(d =>
    {
        var site = SiteValidator.Validate(parsed, d, memory);
        memory?.End();
        return site;
    });

    /// <summary>Factsheets, pages and texts each language lacks.</summary>
    public static StageResult<TranslationGaps> Translations(Site site, string inputRoot)
    {
        var gaps = new TranslationCheck(site, inputRoot).Run();
        return new StageResult<TranslationGaps>(gaps, gaps.Diagnostics);
    }

    /// <summary>Every figure and chart Render shows (<see cref="SiteFigures"/>).</summary>
    /// <param name="memory">The previous build's figures (serve): those of unchanged countries are taken again.</param>
    public static StageResult<SiteFigures> Compute(Site site, UiStrings strings, DateOnly? today = null, ComputeMemory? memory = null)
    {
        var diagnostics = new List<Diagnostic>();
        var date = BuildDate.Resolve(today, Environment.GetEnvironmentVariable, DateTimeOffset.UtcNow, diagnostics);
        return new(SiteFigures.Compute(site, strings, date, memory), diagnostics);
    }

    /// <summary>
    /// Every file under assets/ (theme and input, plotly.js when there are charts) under a name carrying a hash of its
    /// content, stylesheets' url()s and @imports pointed at the hashed names first (<see cref="AssetPlan"/>); a circle of imports is UPR0404.
    /// </summary>
    public static StageResult<AssetPlan> Assets(SourceSet sources, Site site)
    {
        var plan = AssetPlan.Of(AssetSources.Of(sources, charts: site.Countries.Count > 0));
        return new(plan, AssetDiagnostics.Of(plan, sources));
    }

    /// <summary>
    /// Every page through its layout, the print pack pages of <paramref name="pdfs"/>, assets, downloads, static files;
    /// with <paramref name="outputDir"/> (a build that writes) each file goes into its staging folder as it is made (disk).
    /// </summary>
    public static StageResult<RenderedSite> Render(Site site, MarkdownContent markdown, SiteFigures figures, AssetPlan assets, SourceSet sources,
        UiStrings strings, IReadOnlySet<string> pdfs, string? outputDir, int threads, PageMemory? memory = null, PageGroups? groups = null, OutputMemory? downloads = null) => With(d =>
    {
        var store = outputDir is null ? null : StagingFolder.For(outputDir, d);
        var rendered = new SiteRenderer(site, markdown, figures, assets, sources, strings, d, pdfs, store) { Threads = threads, Memory = memory, Groups = groups, Downloads = downloads }.Render();
        rendered.Output.StopStoring();
        return rendered;
    });

    /// <summary>The PDFs of <see cref="PrintPlan"/>, into the output (--pdf); reads and writes the PDF cache.</summary>
    public static StageResult<PrintReport?> Print(IPrintStage printer, PrintRequest request) => With(d => printer.Run(request, d));

    /// <summary>The UI strings each language lacks, from the tables and what Compute and Render missed.</summary>
    public static StageResult<IReadOnlyList<LanguageGaps>> Strings(Site site, TranslationGaps gaps, UiStrings strings,
        IReadOnlyCollection<(string Language, string Key)> missed) => new(
        site.Settings.Languages.Select(l => new LanguageGaps(l.Code, gaps.Content[l.Code], gaps.Texts[l.Code], MissingStrings.Keys(strings, missed, l.Code))).ToList(),
        MissingStrings.Warnings(strings, missed));

    /// <summary>Sitemap, robots.txt, _redirects (<see cref="PostProcess"/>).</summary>
    public static StageResult<OutputSet> PostProcess(RenderedSite rendered, Site site) => new(Output.PostProcess.Run(rendered, site), []);

    /// <summary>Every internal link and anchor of the output in memory.</summary>
    public static StageResult<OutputSet> Check(OutputSet output, string outputName) => new(output, new LinkChecker(output, outputName).Check().ToList());

    /// <summary>The same check, looking only at what changed since the previous build in this process (serve, <see cref="LinkMemory"/>).</summary>
    public static StageResult<OutputSet> Check(OutputSet output, string outputName, LinkMemory links, PageMemory pages) => new(output, links.Check(output, outputName, pages));

    /// <summary>Into _site.new, swapped with _site in one step; disk.</summary>
    public static StageResult<OutputSet> Write(OutputSet output, string outputDir) => With(d =>
    {
        OutputWriter.Write(output, outputDir, d);
        return output;
    });

    /// <summary>Deletes what Render staged for a build that will not be written; disk.</summary>
    public static void Discard(string outputDir) => OutputWriter.Discard(outputDir);

    private static StageResult<T> With<T>(Func<DiagnosticList, T> work)
    {
        var diagnostics = new DiagnosticList();
        var output = work(diagnostics);
        return new StageResult<T>(output, diagnostics.Items.ToList());
    }
}
