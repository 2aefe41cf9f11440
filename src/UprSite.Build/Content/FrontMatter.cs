using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each part starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    /// <summary>Splits at the <c>---</c> fences; a file without front matter has an empty YAML part.</summary>
    public static FrontMatter? Split(SourceFile file, DiagnosticList diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return new FrontMatter(string.Empty, 1, file.Text, 1);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == Fence)
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnclosedFrontMatter,
            "the front matter opened on line 1 is never closed; add a line with only '---' after the last front matter key",
            file.DisplayPath, 1, 1));
        return null;
    }
}
