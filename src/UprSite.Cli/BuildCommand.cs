using System.CommandLine;
using System.Diagnostics;
using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary><c>uprsite build</c>: builds the site into the output folder, or leaves it untouched on errors.</summary>
public static class BuildCommand
{
    public static Option<bool> Drafts { get; } = new("--drafts") { Description = "Also build factsheets marked 'draft: true' (serve always does)" };

    public static Command Create()
    {
        var options = new CommonOptions();
        var pdf = new Option<bool>("--pdf") { Description = "Also print every factsheet and a print pack per country and language to PDF (needs Chromium; see docs/printing.md)" };
        var command = new Command("build", "Build the site into the output folder (the previous output stays if the build fails)");
        options.AddTo(command);
        command.Options.Add(pdf);
        command.Options.Add(Drafts);
        command.SetAction(result => Run(
            options.Read(result, write: true) with { Printer = result.GetValue(pdf) ? new Printing.PrintStage() : null, Drafts = result.GetValue(Drafts) },
            options.ReadOutput(result)));
        return command;
    }

    public static int Run(BuildOptions options, bool showWhereToOpen = true, DiagnosticFormat format = DiagnosticFormat.Text) =>
        Run(options, new CommandOutput(format), showWhereToOpen);

    public static int Run(BuildOptions options, CommandOutput output, bool showWhereToOpen = true)
    {
        var clock = Stopwatch.StartNew();
        var result = ProgressDisplay.Build(options, output);
        var messages = output.Messages;
        DiagnosticPrinter.Print(result, Console.Out, Console.Error, output);
        if (result.Failure is { } failure)
        {
            // The diagnostics found before the bug are printed; the one handler (UprSiteApp) reports the bug itself.
            throw failure;
        }

        if (output.Verbose)
        {
            DiagnosticPrinter.PrintTimings(result, messages);
        }

        if (!result.Succeeded)
        {
            var left = Directory.Exists(options.OutputDir) ? $"{options.OutputDir}/ was left as it was" : $"nothing was written to {options.OutputDir}/";
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(result)}. {left}.");
            return result.Diagnostics.Any(DiagnosticPrinter.IsToolFailure) ? ExitCodes.ToolFailed : ExitCodes.InputErrors;
        }

        if (output.Quiet)
        {
            return ExitCodes.Success;
        }

        var pages = result.Output!.HtmlPages.Count();
        messages.WriteLine($"Built {pages} pages ({result.Output.Files.Count} files) into {options.OutputDir}/ in {clock.ElapsedMilliseconds} ms; {DiagnosticPrinter.Summary(result)}.");
        if (result.Print is { } print)
        {
            messages.WriteLine($"PDFs: {print.Printed} printed, {print.Reused} unchanged (reused from {options.ResolvedPdfCacheDir}); browser start {print.BrowserStartMs} ms, printing {print.PrintMs} ms ({print.Factsheets} factsheets {print.FactsheetPrintMs} ms, then print packs, then {print.Briefs} briefs {print.BriefPrintMs} ms).");
        }

        if (showWhereToOpen)
        {
            var home = Path.Combine(options.OutputDir, result.Site!.Settings.DefaultLanguage.Code, "index.html");
            messages.WriteLine($"Open {home} in a browser, or run 'uprsite serve' for a live preview.");
        }

        return ExitCodes.Success;
    }
}
