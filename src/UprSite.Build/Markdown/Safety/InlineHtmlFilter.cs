using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace UprSite.Build.Markdown.Safety;

/// <summary>
/// Raw HTML tags inside a paragraph, heading or table cell (Markdig's <see cref="HtmlInline"/>): a tag on
/// <see cref="HtmlAllowList"/> is written again from what a browser would parse, with its allowed attributes only;
/// any other opening tag, processing instruction or declaration is removed with a warning; comments and closing
/// tags that close nothing kept are dropped silently.
/// Kept tags are balanced within their block, so an unclosed &lt;b&gt; cannot run into the rest of the page.
/// </summary>
public sealed class InlineHtmlFilter(Action<string, MarkdownObject> warn)
{
    private readonly HtmlParser _parser = new();
    private IElement? _body;

    public void Filter(ContainerInline root)
    {
        var open = new List<string>();
        foreach (var html in root.Descendants<HtmlInline>().ToList())
        {
            var tag = html.Tag ?? string.Empty;
            if (tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                html.Remove();
            }
            else if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                Close(html, ClosingName(tag), open);
            }
            else if (OpenTag(tag) is { } element && HtmlAllowList.Tags.Contains(element.LocalName) && element.NamespaceUri == NamespaceNames.HtmlUri)
            {
                html.Tag = Rewrite(element, html);
                if (!HtmlAllowList.VoidTags.Contains(element.LocalName))
                {
                    open.Add(element.LocalName);
                }
            }
            else
            {
                Remove(html);
            }
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            root.AppendChild(new HtmlInline($"</{open[i]}>"));
        }
    }

    private void Close(HtmlInline html, string name, List<string> open)
    {
        // A closing tag alone opens nothing: removed without a warning (its opening tag, if any, had one).
        var at = HtmlAllowList.Tags.Contains(name) ? open.LastIndexOf(name) : -1;
        if (at < 0)
        {
            html.Remove();
            return;
        }

        for (var i = open.Count - 1; i > at; i--)
        {
            html.InsertBefore(new HtmlInline($"</{open[i]}>"));
        }

        open.RemoveRange(at, open.Count - at);
        html.Tag = $"</{name}>";
    }

    private string Rewrite(IElement element, HtmlInline html)
    {
        var text = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            if (HtmlAllowList.Attributes.Contains(attribute.Name))
            {
                text.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
            }
            else
            {
                warn($"the attribute '{attribute.Name}' of <{element.LocalName}> is not allowed (allowed: {string.Join(", ", HtmlAllowList.Attributes)}); it was removed", html);
            }
        }

        return text.Append('>').ToString();
    }

    private void Remove(HtmlInline html)
    {
        warn($"raw HTML '{MarkdownSafety.Shorten(html.Tag ?? string.Empty)}' is not allowed and was removed (allowed: {HtmlAllowList.TagList}); "
            + "write links, images and emphasis in Markdown (docs/formats.md)", html);
        html.Remove();
    }

    /// <summary>The element a browser makes of one opening tag, or null when it makes none.</summary>
    private IElement? OpenTag(string tag)
    {
        if (tag.Length < 2 || !char.IsAsciiLetter(tag[1]))
        {
            return null;
        }

        _body ??= _parser.ParseDocument(string.Empty).Body!;
        return _parser.ParseFragment(tag, _body).OfType<IElement>().FirstOrDefault();
    }

    private static string ClosingName(string tag) =>
        new string(tag.Skip(2).TakeWhile(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
}
