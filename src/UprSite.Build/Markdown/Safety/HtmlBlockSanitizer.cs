using Ganss.Xss;
using Markdig.Helpers;
using Markdig.Syntax;

namespace UprSite.Build.Markdown.Safety;

/// <summary>
/// A block of raw HTML (Markdig's <see cref="HtmlBlock"/>) goes through HtmlSanitizer with <see cref="HtmlAllowList"/>:
/// tags off the list are removed and their text kept (shown as text), attributes off the list are removed, comments
/// are dropped. Each removal is a warning at the block.
/// </summary>
public sealed class HtmlBlockSanitizer(Action<string, MarkdownObject> warn)
{
    private HtmlSanitizer? _sanitizer;
    private readonly List<string> _removed = [];

    public void Sanitize(HtmlBlock block)
    {
        _sanitizer ??= Create();
        _removed.Clear();
        var html = block.Lines.ToString();
        var clean = _sanitizer.Sanitize(html);
        foreach (var what in _removed.Distinct())
        {
            warn($"{what} is not allowed in raw HTML and was removed (allowed tags: {HtmlAllowList.TagList}; attributes: "
                + $"{string.Join(", ", HtmlAllowList.Attributes)}); write links, images and emphasis in Markdown (docs/formats.md)", block);
        }

        block.Lines = new StringLineGroup(clean);
    }

    private HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(HtmlAllowList.Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(HtmlAllowList.Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, e) => _removed.Add($"the tag <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => _removed.Add($"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}>");
        return sanitizer;
    }
}
