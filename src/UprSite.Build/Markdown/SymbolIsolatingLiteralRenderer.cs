using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UprSite.Build.Markdown;

/// <summary>
/// Writes the text of a right-to-left page with each UN document symbol in it as <c>&lt;bdi dir="ltr"&gt;</c>.
/// Only literal text is touched: code, attribute text (an image's alt) and text the author already put inside raw
/// <c>&lt;code&gt;</c> or <c>&lt;bdi&gt;</c> are written as usual.
/// </summary>
public sealed class SymbolIsolatingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    private static readonly string[] KeptTags = ["code", "bdi"];

    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        if (!renderer.EnableHtmlForInline || InsideKeptTag(obj))
        {
            renderer.WriteEscape(ref obj.Content);
            return;
        }

        foreach (var (text, isSymbol) in DocumentSymbols.Runs(obj.Content.ToString()))
        {
            if (isSymbol)
            {
                renderer.Write("<bdi dir=\"ltr\">").WriteEscape(text).Write("</bdi>");
            }
            else
            {
                renderer.WriteEscape(text);
            }
        }
    }

    /// <summary>Whether raw inline HTML before the literal, at its level or around it, opened &lt;code&gt; or &lt;bdi&gt; and has not closed it.</summary>
    private static bool InsideKeptTag(Inline literal)
    {
        var depth = 0;
        for (Inline node = literal; node.Parent is { } parent; node = parent)
        {
            for (var sibling = node.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                if (sibling is HtmlInline { Tag: { } tag })
                {
                    depth += KeptTags.Any(name => Opens(tag, "<" + name)) ? 1 : KeptTags.Any(name => Opens(tag, "</" + name)) ? -1 : 0;
                }
            }
        }

        return depth > 0;
    }

    private static bool Opens(string tag, string start) =>
        tag.StartsWith(start, StringComparison.OrdinalIgnoreCase) && tag.Length > start.Length && (tag[start.Length] is '>' or ' ');
}
