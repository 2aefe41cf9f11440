using System.Globalization;
using UprSite.Build.Pipeline;
using UprSite.Core.Diagnostics;

namespace UprSite.Cli;

/// <summary>
/// Prints diagnostics in the MSBuild form (errors to stderr, warnings to stdout) and a closing summary; in GitHub
/// Actions (or with <c>--format github</c>) as workflow commands, so they appear as annotations on the pushed files;
/// with <c>--format json</c> as JSON lines on stdout.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(BuildResult result, TextWriter output, TextWriter error) =>
        Print(result, output, error, DefaultFormat(Environment.GetEnvironmentVariable));

    public static void Print(BuildResult result, TextWriter output, TextWriter error, DiagnosticFormat format) =>
        Print(result, output, error, new CommandOutput(format));

    public static void Print(BuildResult result, TextWriter output, TextWriter error, CommandOutput settings) =>
        Print(result, output, error, settings, RepositoryPaths.Current);

    public static void Print(BuildResult result, TextWriter output, TextWriter error, CommandOutput settings, RepositoryPaths paths)
    {
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError || !settings.Quiet))
        {
            var line = settings.Format switch
            {
                DiagnosticFormat.GitHub => GitHubAnnotation.Format(diagnostic, paths),
                DiagnosticFormat.Json => DiagnosticJson.Format(diagnostic),
                _ => diagnostic.ToString(),
            };
            // Workflow commands are read from stdout only; JSON lines are one stream for the script that reads them.
            (diagnostic.IsError && settings.Format == DiagnosticFormat.Text ? error : output).WriteLine(line);
        }
    }

    /// <summary>With <c>--verbose</c>: one line per stage with the time it took.</summary>
    public static void PrintTimings(BuildResult result, TextWriter output)
    {
        var width = result.Timings.Select(t => t.Stage.Length).DefaultIfEmpty(0).Max();
        foreach (var timing in result.Timings)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage.PadRight(width)} {timing.Milliseconds,6} ms"));
        }
    }

    public static DiagnosticFormat DefaultFormat(Func<string, string?> environment) =>
        GitHubAnnotation.IsGitHubActions(environment) ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;

    public static string Summary(BuildResult result) =>
        $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";

    /// <summary>Chromium or Node.js missing or failing is the tool's environment, not the input: exit code 2.</summary>
    internal static bool IsToolFailure(Diagnostic d) =>
        d.IsError && (d.Code == DiagnosticCodes.BrowserMissing.Id || d.Code == DiagnosticCodes.PrintFailed.Id
            || d.Code == DiagnosticCodes.PrintDriverMissing.Id);
}
