using UprSite.Build.Pages;
using UprSite.Build.Pipeline.Reuse;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// A build is this list of stages (<see cref="Stages"/>), each timed by <see cref="StageClock"/> under its name:
/// recover → load → parse → assemble → validate → translations → compute → assets → render → (print, with --pdf) → strings →
/// postprocess → check → write. Each takes its input and returns its output with its diagnostics
/// (<see cref="StageResult{T}"/>); none reads what another left behind. The build stops after a stage that found an
/// error where the next would work on broken input (parse, assemble, validate) and never writes when there is one.
/// Print works on the rendered output in memory, so its PDFs are link-checked and written with the rest of the site,
/// or not at all. An exception from a stage is a bug: the result carries it (<see cref="BuildResult.Failure"/>, naming
/// the stage) beside every diagnostic gathered before it.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => Build(options, null);

    /// <param name="memory">
    /// What the previous build in this process left (<c>serve</c>): unchanged imports and pages are taken from there
    /// (<see cref="BuildMemory"/>), and this build leaves its own; null: everything is made anew.
    /// </param>
    public static BuildResult Build(BuildOptions options, BuildMemory? memory)
    {
        var clock = new StageClock(options.StageStarting);
        var diagnostics = new DiagnosticList();
        try
        {
            return Run(options, memory, clock, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (options.Write)
            {
                Stages.Discard(options.OutputDir);
            }

            return new BuildResult(diagnostics.Sorted(), null, null) { Timings = clock.Timings, Failure = new StageFailedException(clock.Current, e) };
        }
    }

    private static BuildResult Run(BuildOptions options, BuildMemory? memory, StageClock clock, DiagnosticList diagnostics)
    {
        T Stage<T>(string name, Func<StageResult<T>> stage)
        {
            var result = clock.Time(name, stage);
            diagnostics.AddRange(result.Diagnostics);
            return result.Output;
        }

        BuildResult Stopped() => new(diagnostics.Sorted(), null, null) { Timings = clock.Timings };

        if (!CultureData.IsAvailable)
        {
            diagnostics.Add(CultureData.MissingError());
            return Stopped();
        }

        if (options.Write)
        {
            Stage("recover", () => Stages.Recover(options.OutputDir));
        }

        // Plotly.NET loads on another core while the early stages run; Compute waits for it (it surfaces a failed
        // warm-up, a bug, and the first chart needs the library anyway).
        var chartsWarm = ChartLibraryWarmUp.Start();
        var sources = Stage("load", () => Stages.Load(options.InputDir, options.ThemeDir, memory));
        memory?.Begin(sources, options);
        var parsed = diagnostics.HasErrors ? null : Stage("parse", () => Stages.Parse(sources, options.Drafts, memory?.Imports, memory?.Parses));
        var assembled = parsed is null ? null : Stage("assemble", () => Stages.Assemble(parsed, sources, options.BaseUrl));
        if (assembled is null)
        {
            return Stopped();
        }

        var site = Stage("validate", () => Stages.Validate(assembled.Parsed, memory?.Validations));
        var translations = Stage("translations", () => Stages.Translations(site, sources.InputRoot));
        var figures = Stage("compute", () =>
        {
            if (site.Countries.Count > 0)
            {
                chartsWarm.Wait();
            }

            return Stages.Compute(site, assembled.Strings, options.Today, memory?.Figures);
        });
        var assets = Stage("assets", () => Stages.Assets(sources, site));
        var pdfs = options.Printer is null ? new HashSet<string>() : PrintPlan.Pdfs(site, figures);
        memory?.Pages.Begin(new RenderInputs(SourceContext.Of(sources, options), Charts: site.Countries.Count > 0));
        if (memory is not null)
        {
            memory.Pages.LinksKnown = memory.Links.Active && !options.Write;
        }

        var rendered = Stage("render", () => Stages.Render(site, assembled.Parsed.Markdown, figures, assets, sources, assembled.Strings, pdfs,
            options.Write ? options.OutputDir : null, options.RenderThreads, memory?.Pages, memory?.Groups, memory?.Downloads));
        memory?.Pages.End(rendered.Pages.Count);
        memory?.Groups.End();
        memory?.Downloads.End();
        var print = options.Printer is { } printer && !diagnostics.HasErrors
            ? Stage("print", () => Stages.Print(printer, new PrintRequest(site, sources, assembled.Strings, rendered.Output, rendered.PrintPages,
                options.ResolvedPdfCacheDir) { Progress = options.Progress, Briefs = rendered.Briefs }))
            : null;
        var languageGaps = Stage("strings", () => Stages.Strings(site, translations, assembled.Strings,
            figures.MissedStrings.Concat(rendered.MissedStrings).ToHashSet()));
        var output = Stage("postprocess", () => Stages.PostProcess(rendered, site));
        if (!diagnostics.HasErrors)
        {
            // Links are checked once every page renders (and every PDF prints): a page or PDF that failed would only
            // show up again as broken links.
            Stage("check", () => memory is null || options.Write
                ? Stages.Check(output, DisplayName(options.OutputDir))
                : Stages.Check(output, DisplayName(options.OutputDir), memory.Links, memory.Pages));
        }
        else
        {
            memory?.Links.Skip();
        }

        if (options.Write && !diagnostics.HasErrors)
        {
            Stage("write", () => Stages.Write(output, options.OutputDir));
        }
        else if (options.Write)
        {
            Stages.Discard(options.OutputDir);
        }

        return new BuildResult(diagnostics.Sorted(), site, output) { Print = print, LanguageGaps = languageGaps, Timings = clock.Timings };
    }

    private static string DisplayName(string dir) => dir.Replace('\\', '/').TrimEnd('/');
}
