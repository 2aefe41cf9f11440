using UprSite.Build.Checking;
using UprSite.Build.Computing;
using UprSite.Build.Loading;
using UprSite.Build.Parsing;
using UprSite.Build.Rendering;
using UprSite.Build.Validation;
using UprSite.Build.Writing;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// Runs the stages in order: Load → Parse → Validate → Compute → Render → (Print, with --pdf) → Check → Write. Stops
/// before Write on any error. Print works on the rendered output in memory, so its PDFs are link-checked and written
/// with the rest of the site, or not at all.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var chartsWarm = ChartLibraryWarmUp.Start();
        var diagnostics = new DiagnosticList();
        var sources = SourceLoader.Load(options.InputDir, options.ThemeDir, diagnostics);
        var parsed = diagnostics.HasErrors ? null : new SiteParser().Parse(sources, diagnostics);
        if (parsed is null)
        {
            return new BuildResult(diagnostics.Sorted(), null, null);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            parsed = parsed with { Settings = parsed.Settings with { BaseUrl = baseUrl } };
        }

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

        var figures = SiteFigures.Compute(site);
        var output = new SiteRenderer(site, figures, sources, strings, diagnostics, options.Pdf).Render();
        var print = options.Printer is { } printer && !diagnostics.HasErrors
            ? printer.Run(new PrintRequest(site, sources, strings, output, options.ResolvedPdfCacheDir), diagnostics)
            : null;
        diagnostics.AddRange(strings.MissingStrings());
        var languageGaps = site.Settings.Languages
            .Select(l => new LanguageGaps(l.Code, gaps[l.Code].Content, gaps[l.Code].Texts, strings.MissingKeys(l.Code)))
            .ToList();
        AssetFingerprints.Apply(output);
        if (!diagnostics.HasErrors)
        {
            // Links are checked once every page renders (and every PDF prints): a page or PDF that failed would only
            // show up again as broken links.
            diagnostics.AddRange(new LinkChecker(output, DisplayName(options.OutputDir)).Check());
        }

        if (options.Write && !diagnostics.HasErrors)
        {
            OutputWriter.Write(output, options.OutputDir, diagnostics);
        }

        return new BuildResult(diagnostics.Sorted(), site, output) { Print = print, LanguageGaps = languageGaps };
    }

    private static string DisplayName(string dir) => dir.Replace('\\', '/').TrimEnd('/');
}
