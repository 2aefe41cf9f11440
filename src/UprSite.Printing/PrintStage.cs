using UprSite.Build.I18n;
using UprSite.Build.Content;
using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;

namespace UprSite.Printing;

/// <summary>
/// Print (<c>uprsite build --pdf</c>) with Chromium, driven by Microsoft.Playwright. Before anything is printed it
/// finds what the machine must provide — Chromium, and the Node.js that runs Playwright's driver — and reports what
/// is missing with what to install (exit code 2: the tool's environment, not the input); then it checks that the
/// site has the public address its PDFs show.
/// </summary>
/// <param name="chromiumPath">The Chromium to print with; null: UPRSITE_CHROMIUM, else /usr/bin/chromium and its kin.</param>
public sealed class PrintStage(string? chromiumPath = null) : IPrintStage
{
    public PrintReport? Run(PrintRequest request, DiagnosticList diagnostics)
    {
        var executable = ChromiumLocator.Find(chromiumPath);
        if (executable is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrowserMissing,
                $"--pdf prints the factsheets with Chromium, which was not found; {ChromiumLocator.InstallHint}",
                chromiumPath ?? "/usr/bin/chromium"));
            return null;
        }

        var driver = PlaywrightDriver.Prepare(AppContext.BaseDirectory, Environment.GetEnvironmentVariable);
        if (driver.Problem is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PrintDriverMissing, problem, driver.Node ?? "node"));
            return null;
        }

        if (!Uri.TryCreate(request.Site.Settings.BaseUrl, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            // Pages print from the site's own address, which every PDF page also shows (and a QR code beside each factsheet's title).
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PrintWithoutBaseUrl,
                "--pdf prints the site's public address on every page and a QR code to it on every factsheet, and site.yml has no base_url; add 'base_url: https://…' to site.yml, or pass --base-url",
                $"{request.Sources.InputRoot}/{SiteSettingsParser.FileName}"));
            return null;
        }

        if (driver.Node is { } node)
        {
            // Playwright's driver lookup reads this variable when it starts, in Playwright.CreateAsync.
            Environment.SetEnvironmentVariable(PlaywrightDriver.NodeVariable, node);
        }

        return new PrintRun(request.Site, new StringTable(request.Strings), request.Output, request.PrintPages,
            new PageTemplateRenderer(request.Sources, diagnostics), diagnostics, request.Briefs).Run(executable, request.CacheDir,
            request.Progress is { } progress ? (done, total, item) => progress.Report("print", done, total, item) : null);
    }
}
