using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace UprSite.Build.Checking;

/// <summary>
/// Reads a page's tags with AngleSharp's HTML tokenizer, without building a document: the tokenizer decodes
/// attribute values as the parser would, and is switched into the raw-text states after &lt;script&gt;,
/// &lt;style&gt;, &lt;textarea&gt; and &lt;title&gt; as the parser's tree builder switches it, so text in them is never
/// taken for tags. Only the four attributes the link check reads are kept.
/// </summary>
public static class PageLinkScanner
{
    private static readonly ShouldEmitAttribute Wanted = (ref StructHtmlToken _, ReadOnlyMemory<char> name) =>
        name.Span is "id" or "name" or "href" or "src";

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
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = Wanted,
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var name = token.Name.Memory.Span;
            Take(ref token, name is "a", anchors, links);
            tokenizer.State = name switch
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

    private static void Take(ref StructHtmlToken tag, bool isLink, HashSet<string> anchors, List<PageLink> links)
    {
        // The parser keeps the first of repeated attributes; so does this.
        StringOrMemory? id = null, name = null, href = null, src = null;
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.Name.Memory.Span)
            {
                case "id": id ??= attribute.Value; break;
                case "name": name ??= attribute.Value; break;
                case "href": href ??= attribute.Value; break;
                case "src": src ??= attribute.Value; break;
            }
        }

        if (id is { } anchor)
        {
            anchors.Add(anchor.ToString());
        }

        if (name is { } named && isLink)
        {
            anchors.Add(named.ToString());
        }

        var at = tag.Position;
        if (href is { } address)
        {
            links.Add(new PageLink(address.ToString(), at.Line, at.Column));
        }

        if (src is { } source)
        {
            links.Add(new PageLink(source.ToString(), at.Line, at.Column));
        }
    }
}
