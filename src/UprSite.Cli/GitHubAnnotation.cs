using System.Globalization;
using UprSite.Core.Diagnostics;

namespace UprSite.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error</c>, <c>::warning</c> or
/// <c>::notice file=…,line=…,col=…,title=…::message</c>), which
/// GitHub shows as an annotation on the pushed file and line.
/// </summary>
public static class GitHubAnnotation
{
    /// <param name="paths">Maps the diagnostic's path to the repository-relative one GitHub expects; null keeps it as is.</param>
    public static string Format(Diagnostic diagnostic, RepositoryPaths? paths = null)
    {
        var file = paths?.Relative(diagnostic.File) ?? diagnostic.File;
        var properties = new List<string> { $"file={Property(file)}" };
        if (diagnostic.Line > 0)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={diagnostic.Line}"));
            if (diagnostic.Column > 0)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={diagnostic.Column}"));
            }
        }

        properties.Add($"title={Property(diagnostic.Code)}");
        var command = diagnostic.Severity switch { Severity.Error => "error", Severity.Info => "notice", _ => "warning" };
        return $"::{command} {string.Join(',', properties)}::{Data(diagnostic.Message)}";
    }

    /// <summary>True when running inside a GitHub Actions job, which sets GITHUB_ACTIONS=true.</summary>
    public static bool IsGitHubActions(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    // The escapes GitHub's own toolkit applies: % and line breaks everywhere, and : , in property values.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
