using UprSite.Build.Checking;
using UprSite.Build.Compute;
using UprSite.Build.Content;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages;
using UprSite.Build.Sources;
using UprSite.Build.Validation;
using UprSite.Build.Writing;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// Runs the stages in order: Load → Parse → Validate → Compute → Render → (Print, with --pdf) → Check → Write. Stops
/// before Write on any error. Print works on the rendered output in memory, so its PDFs are link-checked and written
/// with the rest of the site, or not at all. Each stage is timed (<see cref="BuildResult.Timings"/>). An exception from
/// a stage is a bug: the result then carries it (<see cref="BuildResult.Failure"/>, naming the stage) beside every
/// diagnostic gathered before it, so that none is lost.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = new StageClock(options.StageStarting);
        var diagnostics = new DiagnosticList();
        try
        {
            return Run(options, clock, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BuildResult(diagnostics.Sorted(), null, null) { Timings = clock.Timings, Failure = new StageFailedException(clock.Current, e) };
        }
    }

    private static BuildResult Run(BuildOptions options, StageClock clock, DiagnosticList diagnostics)
    {
        if (!CultureData.IsAvailable)
        {
            diagnostics.Add(CultureData.MissingError());
            return new BuildResult(diagnostics.Sorted(), null, null) { Timings = clock.Timings };
        }

        if (options.Write)
        {
            OutputWriter.Recover(options.OutputDir, diagnostics);
        }

        var chartsWarm = ChartLibraryWarmUp.Start();
        var sources = clock.Time("load", () => SourceLoader.Load(options.InputDir, options.ThemeDir, diagnostics));
        var parsed = diagnostics.HasErrors
            ? null
            : clock.Time("parse", () => new SiteParser { IncludeDrafts = options.Drafts }.Parse(sources, diagnostics));
        if (parsed is null)
        {
            return new BuildResult(diagnostics.Sorted(), null, null) { Timings = clock.Timings };
        }

        if (options.BaseUrl is { } baseUrl)
        {
            if (BaseUrlRule.Problem(baseUrl) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSiteConfig, $"--base-url {problem}", "--base-url"));
                return new BuildResult(diagnostics.Sorted(), null, null) { Timings = clock.Timings };
            }

            parsed = parsed with { Settings = parsed.Settings with { BaseUrl = baseUrl } };
        }

        var (site, gaps, strings) = clock.Time("validate", () =>
        {
            var validated = SiteValidator.Validate(parsed, diagnostics);
            var translations = new TranslationCheck(validated, sources.InputRoot);
            var found = translations.Run();
            diagnostics.AddRange(translations.Diagnostics);
            return (validated, found, new StringTable(parsed.Strings, parsed.Settings.DefaultLanguage.Code, $"{sources.InputRoot}/i18n"));
        });
        var figures = clock.Time("compute", () =>
        {
            if (site.Countries.Count > 0)
            {
                // Render's first chart needs it anyway; waiting here also surfaces a warm-up that failed (a bug).
                chartsWarm.Wait();
            }

            return SiteFigures.Compute(site);
        });
        var output = clock.Time("render", () => new SiteRenderer(site, parsed.Markdown, figures, sources, strings, diagnostics, options.Pdf).Render());
        var print = options.Printer is { } printer && !diagnostics.HasErrors
            ? clock.Time("print", () => printer.Run(
                new PrintRequest(site, sources, strings, output, options.ResolvedPdfCacheDir) { Progress = options.Progress, Markdown = parsed.Markdown }, diagnostics))
            : null;
        diagnostics.AddRange(strings.MissingStrings());
        var languageGaps = site.Settings.Languages
            .Select(l => new LanguageGaps(l.Code, gaps[l.Code].Content, gaps[l.Code].Texts, strings.MissingKeys(l.Code)))
            .ToList();
        clock.Time("fingerprint", () => AssetFingerprints.Apply(output));
        if (!diagnostics.HasErrors)
        {
            // Links are checked once every page renders (and every PDF prints): a page or PDF that failed would only
            // show up again as broken links.
            clock.Time("check", () => diagnostics.AddRange(new LinkChecker(output, DisplayName(options.OutputDir)).Check()));
        }

        if (options.Write && !diagnostics.HasErrors)
        {
            clock.Time("write", () => OutputWriter.Write(output, options.OutputDir, diagnostics));
        }

        return new BuildResult(diagnostics.Sorted(), site, output) { Print = print, LanguageGaps = languageGaps, Timings = clock.Timings };
    }

    private static string DisplayName(string dir) => dir.Replace('\\', '/').TrimEnd('/');
}
