using System.Net;

namespace UprSite.Build.Checking;

/// <summary>
/// One pass over a page's text that finds its tags the way an HTML tokenizer does (comments, doctype, end tags,
/// quoted and unquoted attribute values, character references in values, the raw text of &lt;script&gt; and
/// &lt;style&gt;, the escapable raw text of &lt;title&gt; and &lt;textarea&gt;), keeping only what the link check reads:
/// ids, names of &lt;a&gt;, href and src, each link with the line and column of its tag. No document is built: the
/// pages are tens of megabytes at 20,000 rows, and a DOM costs twenty times the text. A test holds it equal to
/// AngleSharp's parser over every page of the sample.
/// </summary>
public static class PageLinkScanner
{
    /// <summary>Every link in the order written, with the page's anchors.</summary>
    public static PageLinks Scan(string html)
    {
        var links = new List<PageLink>();
        return new PageLinks(Scan(html, links.Add), links);
    }

    /// <summary>The page's anchors; each link is handed to <paramref name="onLink"/> in the order written, none kept.</summary>
    public static HashSet<string> Scan(string html, Action<PageLink> onLink)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var lines = new LineCounter(html);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!')
            {
                at = html.AsSpan(open).StartsWith("<!--") ? CommentEnd(html, open + 4) : After(html, '>', open + 2);
            }
            else if (next == '?')
            {
                at = After(html, '>', open + 2);
            }
            else if (next == '/' && open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
            {
                at = Tag(html, open + 2, null).End;
            }
            else if (char.IsAsciiLetter(next))
            {
                var (line, column) = lines.At(open);
                var tag = Tag(html, open + 1, new TagFound(anchors, onLink, line, column));
                at = tag.Name switch
                {
                    "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title" => RawTextEnd(html, tag.End, tag.Name),
                    "plaintext" => html.Length,
                    _ => tag.End,
                };
            }
            else
            {
                at = open + 1;
            }
        }

        return anchors;
    }

    private sealed record TagFound(HashSet<string> Anchors, Action<PageLink> OnLink, int Line, int Column);

    /// <summary>Reads a tag from its name at <paramref name="at"/>; returns its name (lower case) and the index after its '&gt;'.</summary>
    private static (string Name, int End) Tag(string html, int at, TagFound? found)
    {
        var nameEnd = at;
        while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
        {
            nameEnd++;
        }

        var name = html[at..nameEnd].ToLowerInvariant();
        string? id = null, anchorName = null, href = null, src = null;
        var i = nameEnd;
        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                break;
            }

            // An attribute name runs to a space, '/', '>' or '=' (a first '=' belongs to the name).
            var attributeStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attribute = html.AsSpan(attributeStart, i - attributeStart);
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            string? value = null;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                (value, i) = Value(html, i);
            }

            if (found is not null)
            {
                // The first of repeated attributes counts, as in the parser.
                value ??= string.Empty;
                if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase)) { id ??= value; }
                else if (attribute.Equals("name", StringComparison.OrdinalIgnoreCase)) { anchorName ??= value; }
                else if (attribute.Equals("href", StringComparison.OrdinalIgnoreCase)) { href ??= value; }
                else if (attribute.Equals("src", StringComparison.OrdinalIgnoreCase)) { src ??= value; }
            }
        }

        if (found is not null)
        {
            if (id is not null)
            {
                found.Anchors.Add(id);
            }

            if (anchorName is not null && name == "a")
            {
                found.Anchors.Add(anchorName);
            }

            if (href is not null)
            {
                found.OnLink(new PageLink(href, found.Line, found.Column));
            }

            if (src is not null)
            {
                found.OnLink(new PageLink(src, found.Line, found.Column));
            }
        }

        return (name, Math.Min(i + 1, html.Length));
    }

    private static (string Value, int End) Value(string html, int at)
    {
        if (at >= html.Length)
        {
            return (string.Empty, at);
        }

        int start, end, next;
        if (html[at] is '"' or '\'')
        {
            start = at + 1;
            end = html.IndexOf(html[at], start);
            end = end < 0 ? html.Length : end;
            next = Math.Min(end + 1, html.Length);
        }
        else
        {
            start = at;
            end = at;
            while (end < html.Length && !IsSpace(html[end]) && html[end] != '>')
            {
                end++;
            }

            next = end;
        }

        var raw = html[start..end];
        return (raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw, next);
    }

    /// <summary>The index after the end tag that closes raw text (&lt;/script&gt; …), compared without case.</summary>
    private static int RawTextEnd(string html, int at, string name)
    {
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            var after = close + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return close;
            }

            at = close + 2;
        }
    }

    private static int CommentEnd(string html, int at)
    {
        // "<!-->" and "<!--->" are whole (empty) comments.
        if (html.AsSpan(at).StartsWith(">"))
        {
            return at + 1;
        }

        if (html.AsSpan(at).StartsWith("->"))
        {
            return at + 2;
        }

        var end = html.IndexOf("-->", at, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }

    private static int After(string html, char c, int at)
    {
        var end = html.IndexOf(c, at);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
