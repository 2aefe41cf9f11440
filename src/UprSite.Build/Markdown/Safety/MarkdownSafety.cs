using System.Net;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Markdown.Safety;

/// <summary>
/// Makes a parsed Markdown document safe to publish whatever the Content-Security-Policy, on the Markdig AST before
/// anything renders it: links, images, autolinks and reference definitions whose address has a scheme other than
/// http, https or mailto are refused (error UPR0211) and shown as their text; raw HTML keeps only
/// <see cref="HtmlAllowList"/> (warning UPR0210 for what is removed), and so do <c>{…}</c> attributes.
/// </summary>
public sealed class MarkdownSafety
{
    private readonly string _file;
    private readonly int _firstLine;
    private readonly DiagnosticList _diagnostics;

    private MarkdownSafety(string file, int firstLine, DiagnosticList diagnostics)
    {
        _file = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <param name="firstLine">The file line the Markdown starts on (after the front matter).</param>
    public static void Apply(MarkdownDocument document, string file, int firstLine, DiagnosticList diagnostics) =>
        new MarkdownSafety(file, firstLine, diagnostics).Run(document);

    private void Run(MarkdownDocument document)
    {
        // Markdig keeps a definition's address as written (entities undecoded) and decodes it into the links that use it.
        var refused = new HashSet<LinkReferenceDefinition>();
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (definition.Url is { } url && UrlSchemes.Refusal(WebUtility.HtmlDecode(url)) is { } reason)
            {
                Refuse(url, reason, definition);
                refused.Add(definition);
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { } url && UrlSchemes.Refusal(url) is { } reason)
            {
                if (link.Reference is not { } definition || refused.Add(definition))
                {
                    Refuse(url, reason, link.Reference ?? (MarkdownObject)link);
                }

                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && UrlSchemes.Refusal(autolink.Url) is { } reason)
            {
                Refuse(autolink.Url, reason, autolink);
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        var blocks = new HtmlBlockSanitizer(Warn);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            blocks.Sanitize(block);
        }

        var inlines = new InlineHtmlFilter(Warn);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                inlines.Filter(inline);
            }
        }

        foreach (var item in document.Descendants().ToList())
        {
            CheckAttributes(item);
        }
    }

    private void CheckAttributes(MarkdownObject item)
    {
        if (item.TryGetAttributes()?.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        foreach (var property in properties.ToList())
        {
            var name = property.Key.ToLowerInvariant();
            if (HtmlAllowList.Attributes.Contains(name) || (item is LinkInline { IsImage: true } && HtmlAllowList.ImageAttributes.Contains(name)))
            {
                continue;
            }

            properties.Remove(property);
            Warn($"the attribute '{property.Key}' is not allowed in {{…}} (allowed: {string.Join(", ", HtmlAllowList.Attributes)}, "
                + "and width, height on images, besides #id and .class); it was removed", item);
        }
    }

    private void Refuse(string url, string reason, MarkdownObject at) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeLink,
            $"the address '{Shorten(url)}' is refused: {reason}. Link to an http:, https: or mailto: address, or to a page "
            + "of the site like /en/pages/about/ (until then the text is shown without a link)",
            _file, at.Line + _firstLine, at.Column + 1));

    private void Warn(string message, MarkdownObject at) =>
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RawHtmlRemoved, message, _file, at.Line + _firstLine, at.Column + 1));

    /// <summary>Puts a refused link's text where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }

    internal static string Shorten(string text)
    {
        var oneLine = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "…";
    }
}
