using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>
/// Prints diagnostics in the MSBuild form (errors to stderr, warnings to stdout) and a closing summary; in GitHub
/// Actions (or with <c>--format github</c>) as workflow commands, so they appear as annotations on the pushed files.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(BuildResult result, TextWriter output, TextWriter error) =>
        Print(result, output, error, DefaultFormat(Environment.GetEnvironmentVariable));

    public static void Print(BuildResult result, TextWriter output, TextWriter error, DiagnosticFormat format)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var line = format == DiagnosticFormat.GitHub ? GitHubAnnotation.Format(diagnostic) : diagnostic.ToString();
            // Workflow commands are read from stdout only.
            (diagnostic.IsError && format == DiagnosticFormat.Text ? error : output).WriteLine(line);
        }
    }

    public static DiagnosticFormat DefaultFormat(Func<string, string?> environment) =>
        GitHubAnnotation.IsGitHubActions(environment) ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;

    public static string Summary(BuildResult result) =>
        $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
}
