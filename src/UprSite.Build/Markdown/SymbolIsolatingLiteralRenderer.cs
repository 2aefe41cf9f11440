using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace UprSite.Build.Markdown;

/// <summary>
/// Writes the text of a right-to-left page with each UN document symbol in it as <c>&lt;bdi dir="ltr"&gt;</c>.
/// Only literal text is touched: code, raw HTML and attribute text (an image's alt) are written as usual.
/// </summary>
public sealed class SymbolIsolatingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(ref obj.Content);
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
}
