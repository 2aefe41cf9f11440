using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>Prints diagnostics in the MSBuild form (errors to stderr, warnings to stdout) and a closing summary.</summary>
public static class DiagnosticPrinter
{
    public static void Print(BuildResult result, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            (diagnostic.IsError ? error : output).WriteLine(diagnostic.ToString());
        }
    }

    public static string Summary(BuildResult result) =>
        $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
}
