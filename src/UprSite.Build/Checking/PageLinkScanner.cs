using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace UprSite.Build.Checking;

/// <summary>
/// Reads a page's tags with AngleSharp's HTML tokenizer, without building a document: the tokenizer decodes
/// attribute values as the parser would, and is switched into the raw-text states after &lt;script&gt;,
/// &lt;style&gt;, &lt;textarea&gt; and &lt;title&gt; as the parser's tree builder switches it, so text in them is never
/// taken for tags.
/// </summary>
public static class PageLinkScanner
{
    public static PageLinks Scan(string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var tag = (HtmlTagToken)token;
            Take(tag, anchors, links);
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                "plaintext" => HtmlParseMode.Plaintext,
                _ => tokenizer.State,
            };
        }

        return new PageLinks(anchors, links);
    }

    private static void Take(HtmlTagToken tag, HashSet<string> anchors, List<PageLink> links)
    {
        // The parser keeps the first of repeated attributes; so does this.
        string? id = null, name = null, href = null, src = null;
        foreach (var attribute in tag.Attributes)
        {
            switch (attribute.Name)
            {
                case "id": id ??= attribute.Value; break;
                case "name": name ??= attribute.Value; break;
                case "href": href ??= attribute.Value; break;
                case "src": src ??= attribute.Value; break;
            }
        }

        if (id is not null)
        {
            anchors.Add(id);
        }

        if (name is not null && tag.Name == "a")
        {
            anchors.Add(name);
        }

        var at = tag.Position;
        if (href is not null)
        {
            links.Add(new PageLink(href, at.Line, at.Column));
        }

        if (src is not null)
        {
            links.Add(new PageLink(src, at.Line, at.Column));
        }
    }
}
