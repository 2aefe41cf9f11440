using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace UprSite.Build.Templates;

/// <summary>
/// Scriban does not escape by default; this context HTML-escapes every <c>{{ value }}</c> a layout writes, as Hugo
/// and Razor do, unless the value is <see cref="RawHtml"/>. Literal layout text is written as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        PushCulture(CultureInfo.InvariantCulture);
        NewLine = "\n";

        // Scriban stops a loop after 1,000 turns and cuts text at 1 MB by default; the explorer lists every
        // recommendation of a country, thousands of rows in one page.
        LoopLimit = 1_000_000;
        LimitToString = 0;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => Write(raw.Value),
        var value => Write(HtmlText.Encode(ObjectToString(value) ?? string.Empty)),
    };
}
