using System.Globalization;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using UprSite.Build.I18n;
using UprSite.Build.Output;
using UprSite.Build.Pages;
using UprSite.Build.Pages.Models;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Templates;

/// <summary>
/// Renders one page: its kind's layout (<see cref="PageKind.Layout"/>) inside layouts/baseof.html, with partials from
/// partials/. Layout errors become diagnostics at the layout's own line and column. <c>href</c> names an asset by its
/// hashed name (<see cref="AssetPlan"/>).
/// </summary>
public sealed class LayoutRenderer(TemplateStore templates, StringTable strings, AssetPlan assets, DiagnosticList diagnostics)
{
    public const string BaseLayout = "layouts/baseof.html";

    internal delegate RawHtml IncludeFunction(TemplateContext context, string name, params object?[] arguments);

    /// <param name="model">The layout's variables: site, page, lang, and the kind's own (country, factsheet…), each property in snake_case.</param>
    public string? Render(PageKind kind, Language language, PageModel model, ViewFactory views)
    {
        var layout = templates.Get(kind.Layout, $"every '{kind.Name}' page");
        var baseLayout = templates.Get(BaseLayout, "every page");
        if (layout is null || baseLayout is null)
        {
            return null;
        }

        // What every layout and partial sees (readonly); the kind's own fields are the layout's alone, so a partial
        // reads only these and the parameters it is given.
        var shared = new ScriptObject();
        var own = new ScriptObject();
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var isShared = property.DeclaringType == typeof(PageModel);
            (isShared ? shared : own).SetValue(StandardMemberRenamer.Default(property), property.GetValue(model), true);
        }

        shared.SetValue("share", templates.Share.View(views, assets), true);
        shared.Import("t", new Func<string, string>(key => strings.Get(language.Code, key)));
        // A string in another of the site's languages: the root page asks its question in each of them.
        shared.Import("t_in", new Func<string, string, string>((code, key) => strings.Get(code, key)));
        shared.Import("href", new Func<string, string>(path => views.Href(assets.Address(path))));
        // Optional assets, such as the web fonts scripts/install-fonts.sh adds: a layout links them only when present.
        shared.Import("has_asset", new Func<string, bool>(path => templates.Has("assets/" + path)));
        shared.Import("include", new IncludeFunction(new PartialIncluder(templates, shared).Include));
        var format = new LocaleFormat(language);
        shared.Import("num", new Func<object?, string>(value => format.Digits(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)));
        shared.Import("cycle_label", new Func<object?, string>(value => strings.Get(language.Code, "data.cycle_label")
            .Replace("{cycle}", format.Digits(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty), StringComparison.Ordinal)));
        // Table text whose space-separated runs stay whole in a language without spaces between words (Khmer).
        shared.Import("keep_words", new Func<object?, RawHtml>(value => KeptWords.Html(Convert.ToString(value, CultureInfo.InvariantCulture), language.Code)));
        var context = new HtmlTemplateContext();
        context.PushGlobal(shared);
        context.PushGlobal(own);

        var content = Evaluate(layout, context);
        if (content is null)
        {
            return null;
        }

        own.SetValue("content", new RawHtml(content), true);
        var html = Evaluate(baseLayout, context);
        return html;
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

    internal static string EvaluateInto(Template template, TemplateContext context)
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
