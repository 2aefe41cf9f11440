using Markdig.Syntax;
using UprSite.Build.Markdown;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Content;

/// <summary>
/// Markdig refuses Markdown nested past its depth limit (a line of 128 '>', lists or emphasis hundreds deep) by
/// throwing, without saying where, when it parses and again when it renders. This parses and renders once through
/// it and turns that refusal into a diagnostic at the first line at which the text becomes too deep, found by trying
/// ever shorter beginnings of the text (only when it failed).
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The parsed document, or null with a diagnostic when the Markdown nests too deeply.</summary>
    /// <param name="firstLine">The file line the Markdown starts on (after the front matter).</param>
    public static MarkdownDocument? Parse(MarkdownRenderer markdown, string body, int firstLine, string file, DiagnosticList diagnostics)
    {
        if (TryParse(markdown, body) is { } document)
        {
            return document;
        }

        var line = firstLine + FirstLineTooDeep(markdown, body.Split('\n')) - 1;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownTooDeep,
            "the Markdown here nests quotes ('>'), lists or emphasis deeper than it can be read (Markdig stops at about 128 levels); a page needs a few levels, so remove the repeated markers",
            file, line, 1));
        return null;
    }

    /// <summary>The 1-based line of the shortest beginning of the text that is already too deep.</summary>
    private static int FirstLineTooDeep(MarkdownRenderer markdown, string[] lines)
    {
        var (fine, tooDeep) = (0, lines.Length);
        while (tooDeep - fine > 1)
        {
            var middle = fine + ((tooDeep - fine) / 2);
            if (TryParse(markdown, string.Join('\n', lines[..middle])) is null)
            {
                tooDeep = middle;
            }
            else
            {
                fine = middle;
            }
        }

        return tooDeep;
    }

    private static MarkdownDocument? TryParse(MarkdownRenderer markdown, string text)
    {
        try
        {
            var document = markdown.Parse(text);
            markdown.Html(document);
            return document;
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return null;
        }
    }
}
