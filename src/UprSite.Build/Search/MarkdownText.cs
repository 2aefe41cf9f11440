using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace UprSite.Build.Search;

/// <summary>The words of a Markdown tree as plain text, one space between inlines, for the search index.</summary>
public static class MarkdownText
{
    public static string Of(MarkdownObject document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(' ').Append(code.Content).Append(' ');
                    break;
                case LineBreakInline or ParagraphBlock or HeadingBlock:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
