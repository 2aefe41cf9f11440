using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace UprSite.Build.Markdown;

/// <summary>The plain text of Markdown blocks and inlines: what a reader sees, without markup.</summary>
public static class MarkdownText
{
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(block, text);
        return Collapse(text.ToString());
    }

    /// <summary>The text of the first paragraph at the top level of the document, or null when there is none.</summary>
    public static string? FirstParagraph(MarkdownDocument document) =>
        document.OfType<ParagraphBlock>().Select(Of).FirstOrDefault(text => text.Length > 0);

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline, text);
                text.Append(' ');
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
