using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace UprSite.Build.Templates;

/// <summary>
/// Scriban does not escape by default; this context HTML-escapes every <c>{{ value }}</c> a layout writes, as Hugo
/// and Razor do, unless the value is <see cref="RawHtml"/>. Literal layout text is written as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban copies its built-in functions for every new context unless it is given them; a page renders in a
    // context per partial it includes. Read-only, so that pages on several threads can share it.
    private static readonly ScriptObject Builtins = Shared();

    public HtmlTemplateContext()
        : base(Builtins)
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

    private static ScriptObject Shared()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.IsReadOnly = true;
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => Write(raw.Value),
        var value => Write(HtmlText.Encode(ObjectToString(value) ?? string.Empty)),
    };
}
