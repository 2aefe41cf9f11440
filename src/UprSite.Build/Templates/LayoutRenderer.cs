using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using UprSite.Build.I18n;
using UprSite.Build.Pages;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Templates;

/// <summary>
/// Renders one page: its kind's layout (layouts/&lt;kind&gt;.html) inside layouts/baseof.html, with partials from
/// partials/. Layout errors become diagnostics at the layout's own line and column.
/// </summary>
public sealed class LayoutRenderer(TemplateStore templates, StringTable strings, DiagnosticList diagnostics)
{
    public const string BaseLayout = "layouts/baseof.html";

    /// <param name="model">Variables for the layouts: page, site, lang, and the kind's own (country, factsheet…).</param>
    public byte[]? Render(string kind, Language language, IReadOnlyDictionary<string, object?> model, ViewFactory views)
    {
        var layoutPath = $"layouts/{kind}.html";
        var layout = templates.Get(layoutPath, $"every '{kind}' page");
        var baseLayout = templates.Get(BaseLayout, "every page");
        if (layout is null || baseLayout is null)
        {
            return null;
        }

        var context = new HtmlTemplateContext();
        var globals = new ScriptObject();
        foreach (var (name, value) in model)
        {
            globals.SetValue(name, value, true);
        }

        if (!model.ContainsKey("share"))
        {
            globals.SetValue("share", templates.Share.View(views), true);
        }

        globals.Import("t", new Func<string, string>(key => strings.Get(language.Code, key)));
        globals.Import("href", new Func<string, string>(views.Href));
        // Optional assets, such as the web fonts scripts/install-fonts.sh adds: a layout links them only when present.
        globals.Import("has_asset", new Func<string, bool>(path => templates.Has("assets/" + path)));
        globals.Import("include", new Func<TemplateContext, string, RawHtml>(Include));
        var format = new LocaleFormat(language);
        globals.Import("num", new Func<object?, string>(value => format.Digits(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)));
        context.PushGlobal(globals);

        var content = Evaluate(layout, context);
        if (content is null)
        {
            return null;
        }

        globals.SetValue("content", new RawHtml(content), true);
        var html = Evaluate(baseLayout, context);
        return html is null ? null : Encoding.UTF8.GetBytes(html);
    }

    private RawHtml Include(TemplateContext context, string name)
    {
        var partial = templates.Get($"partials/{name}.html", $"an include of '{name}'")
            ?? throw new ScriptRuntimeException(context.CurrentSpan, $"the partial '{name}' cannot be used");
        return new RawHtml(EvaluateInto(partial, context));
    }

    /// <summary>Renders a layout, reporting a failure anywhere inside it (partials included) once, where it happened.</summary>
    private string? Evaluate(Template template, TemplateContext context)
    {
        try
        {
            return EvaluateInto(template, context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LayoutRender,
                $"{e.OriginalMessage.TrimEnd('.')}; fix the layout or the value it reads",
                e.Span.FileName ?? template.SourceFilePath ?? "layout", e.Span.Start.Line + 1, e.Span.Start.Column + 1));
            return null;
        }
    }

    private static string EvaluateInto(Template template, TemplateContext context)
    {
        context.PushOutput();
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }
}
