namespace UprSite.Cli;

/// <summary>How diagnostics are printed: the MSBuild form, or GitHub Actions workflow commands (annotations on files).</summary>
public enum DiagnosticFormat
{
    Text,
    GitHub,
}
