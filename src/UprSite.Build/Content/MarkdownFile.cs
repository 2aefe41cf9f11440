using Markdig.Syntax;
using UprSite.Build.Content.Yaml;
using UprSite.Build.Markdown;
using UprSite.Build.Markdown.Safety;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Content;

/// <summary>
/// What factsheets and pages share: the front matter read as YAML with its known keys, a title, and the body as a
/// Markdown tree that passed the nesting guard and the safety pass.
/// </summary>
public sealed record MarkdownFile(YamlMap Map, string Title, MarkdownDocument Document, int BodyFirstLine)
{
    public static readonly DiagnosticCode Code = DiagnosticCodes.InvalidFrontMatterValue;

    /// <param name="missingTitle">The message when the front matter has no title (it names the kind of file).</param>
    /// <returns>The file, or null when it cannot be read (the reasons are in <paramref name="diagnostics"/>).</returns>
    public static MarkdownFile? Read(
        SourceFile file, MarkdownRenderer markdown, string[] knownKeys, string missingTitle, DiagnosticList diagnostics)
    {
        var parts = FrontMatter.Split(file, diagnostics);
        var map = parts is null ? null : YamlDocumentReader.Read(parts.Yaml, file.DisplayPath, parts.YamlFirstLine, diagnostics);
        if (parts is null || map is null)
        {
            return null;
        }

        map.WarnUnknownKeys(Code, knownKeys);
        var title = map.String("title", Code);
        if (title is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTitle, missingTitle, file.DisplayPath, 1, 1));
            return null;
        }

        var document = MarkdownNesting.Parse(markdown, parts.Body, parts.BodyFirstLine, file.DisplayPath, diagnostics);
        if (document is null)
        {
            return null;
        }

        MarkdownSafety.Apply(document, file.DisplayPath, parts.BodyFirstLine, diagnostics);
        return new MarkdownFile(map, title, document, parts.BodyFirstLine);
    }
}
