using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using UprSite.Build.Sources;
using UprSite.Build.Templates;
using UprSite.Core.Diagnostics;

namespace UprSite.Printing;

/// <summary>
/// Renders the PDF margins from the partials pdf-header.html and pdf-footer.html (input/ first, then the theme) with
/// the layouts' template engine: values are HTML-escaped, <c>pdf</c> is a <see cref="PdfMarginView"/>. These
/// documents are never served, so their styles are inline: the Content-Security-Policy of the pages is untouched.
/// </summary>
public sealed class PageTemplateRenderer(SourceSet sources, DiagnosticList diagnostics)
{
    public const string HeaderPartial = "partials/pdf-header.html";
    public const string FooterPartial = "partials/pdf-footer.html";

    private readonly TemplateStore _templates = new(sources, diagnostics);

    /// <summary>tokens.css and custom.css as the partials' &lt;style&gt; text, read once.</summary>
    public RawHtml Styles { get; } = new(StyleText(sources));

    /// <summary>A file of the site (input/ first, then the theme) as a data: URI, or null when there is none.</summary>
    public string? DataUri(string? path)
    {
        if (path is null || sources.Resolve(path) is not { } file)
        {
            return null;
        }

        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".webp" => "image/webp",
            _ => "image/jpeg",
        };
        return $"data:{type};base64,{Convert.ToBase64String(file.Bytes)}";
    }

    /// <summary>The header and footer of one PDF, or null after reporting what failed where.</summary>
    public PageTemplates? Render(PdfMarginView view)
    {
        var header = Render(HeaderPartial, view);
        var footer = Render(FooterPartial, view);
        return header is null || footer is null ? null : new PageTemplates(header, footer);
    }

    private string? Render(string path, PdfMarginView view)
    {
        var template = _templates.Get(path, "the running header and footer of every PDF (--pdf)");
        if (template is null)
        {
            return null;
        }

        var context = new HtmlTemplateContext();
        var globals = new ScriptObject();
        globals.SetValue("pdf", view, true);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context).Trim();
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LayoutRender,
                $"{e.OriginalMessage.TrimEnd('.')}; fix the partial or the value it reads (pdf.lang, pdf.coalition, pdf.logo, pdf.title, pdf.online_label, pdf.url, pdf.qr, pdf.styles)",
                e.Span.FileName ?? template.SourceFilePath ?? path, e.Span.Start.Line + 1, e.Span.Start.Column + 1));
            return null;
        }
    }

    // "</" would end the <style> element early; "<\/" means the same to CSS.
    private static string StyleText(SourceSet sources) => string.Join("\n",
        new[] { "assets/css/tokens.css", "assets/css/custom.css" }
            .Select(sources.Resolve).OfType<SourceFile>().Select(f => f.Text.Replace("</", "<\\/", StringComparison.Ordinal)));
}
