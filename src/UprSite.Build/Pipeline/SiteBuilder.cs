using UprSite.Build.Checking;
using UprSite.Build.Computing;
using UprSite.Build.Loading;
using UprSite.Build.Parsing;
using UprSite.Build.Printing;
using UprSite.Build.Rendering;
using UprSite.Build.Validation;
using UprSite.Build.Writing;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// Runs the stages in order: Load → Parse → Validate → Compute → Render → (Print, with --pdf) → Check → Write. Stops
/// before Write on any error. Print works on the rendered output in memory, so its PDFs are link-checked and written
/// with the rest of the site, or not at all. An exception from a stage is a bug: the result then carries it
/// (<see cref="BuildResult.Failure"/>) beside every diagnostic gathered before it, so that none is lost.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticList();
        var stage = "Load";
        try
        {
            return Run(options, diagnostics, ref stage);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BuildResult(diagnostics.Sorted(), null, null) { Failure = new StageFailedException(stage, e) };
        }
    }

    private static BuildResult Run(BuildOptions options, DiagnosticList diagnostics, ref string stage)
    {
        var chartsWarm = ChartLibraryWarmUp.Start();
        Enter(options, ref stage, "Load");
        var sources = SourceLoader.Load(options.InputDir, options.ThemeDir, diagnostics);
        Enter(options, ref stage, "Parse");
        var parsed = diagnostics.HasErrors ? null : new SiteParser().Parse(sources, diagnostics);
        if (parsed is null)
        {
            return new BuildResult(diagnostics.Sorted(), null, null);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            if (BaseUrlRule.Problem(baseUrl) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSiteConfig, $"--base-url {problem}", "--base-url"));
                return new BuildResult(diagnostics.Sorted(), null, null);
            }

            parsed = parsed with { Settings = parsed.Settings with { BaseUrl = baseUrl } };
        }

        Enter(options, ref stage, "Validate");
        var site = SiteValidator.Validate(parsed, diagnostics);
        var translations = new TranslationCheck(site, sources.InputRoot);
        var gaps = translations.Run();
        diagnostics.AddRange(translations.Diagnostics);
        var strings = new StringTable(parsed.Strings, parsed.Settings.DefaultLanguage.Code, $"{sources.InputRoot}/i18n");
        if (site.Countries.Count > 0)
        {
            // Render's first chart needs it anyway; waiting here also surfaces a warm-up that failed (a bug).
            chartsWarm.Wait();
        }

        Enter(options, ref stage, "Compute");
        var figures = SiteFigures.Compute(site);
        Enter(options, ref stage, "Render");
        var output = new SiteRenderer(site, figures, sources, strings, diagnostics, options.Pdf).Render();
        PrintReport? print = null;
        if (options.Pdf && !diagnostics.HasErrors)
        {
            Enter(options, ref stage, "Print");
            print = new PrintStage(site, sources, strings, output, diagnostics).Run(new PrintOptions(options.ChromiumPath, options.ResolvedPdfCacheDir));
        }

        diagnostics.AddRange(strings.MissingStrings());
        var languageGaps = site.Settings.Languages
            .Select(l => new LanguageGaps(l.Code, gaps[l.Code].Content, gaps[l.Code].Texts, strings.MissingKeys(l.Code)))
            .ToList();
        AssetFingerprints.Apply(output);
        if (!diagnostics.HasErrors)
        {
            // Links are checked once every page renders (and every PDF prints): a page or PDF that failed would only
            // show up again as broken links.
            Enter(options, ref stage, "Check");
            diagnostics.AddRange(new LinkChecker(output, DisplayName(options.OutputDir)).Check());
        }

        if (options.Write && !diagnostics.HasErrors)
        {
            Enter(options, ref stage, "Write");
            OutputWriter.Write(output, options.OutputDir, diagnostics);
        }

        return new BuildResult(diagnostics.Sorted(), site, output) { Print = print, LanguageGaps = languageGaps };
    }

    private static void Enter(BuildOptions options, ref string stage, string name)
    {
        stage = name;
        options.StageStarting?.Invoke(name);
    }

    private static string DisplayName(string dir) => dir.Replace('\\', '/').TrimEnd('/');
}
