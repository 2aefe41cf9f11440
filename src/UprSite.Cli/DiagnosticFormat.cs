namespace UprSite.Cli;

/// <summary>
/// How diagnostics are printed: the MSBuild form, GitHub Actions workflow commands (annotations on files), or JSON
/// lines with the MSBuild form's fields, for editors and scripts.
/// </summary>
public enum DiagnosticFormat
{
    Text,
    GitHub,
    Json,
}
