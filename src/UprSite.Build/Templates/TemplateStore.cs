using System.Collections.Concurrent;
using Scriban;
using UprSite.Build.Pages;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Templates;

/// <summary>
/// Finds layouts and partials (input/ first, then theme/), parses each once and reports syntax errors with the
/// template's own line and column.
/// </summary>
public sealed class TemplateStore(SourceSet sources, DiagnosticList diagnostics)
{
    private ShareFiles? _share;

    /// <summary>The favicon and share image every page shell names, found once.</summary>
    public ShareFiles Share => _share ??= new ShareFiles(sources);

    /// <summary>Finds the share files now, before pages render on several threads.</summary>
    public TemplateStore Ready()
    {
        _ = Share;
        return this;
    }

    private readonly ConcurrentDictionary<string, Template?> _cache = new(StringComparer.Ordinal);
    private readonly Lock _parsing = new();

    /// <summary>Whether input/ or the theme has a file at <paramref name="path"/> (assets/fonts/fonts.css).</summary>
    public bool Has(string path) => sources.Resolve(path) is not null;

    /// <summary>The parsed template at <paramref name="path"/> (layouts/home.html), or null after reporting why not.</summary>
    public Template? Get(string path, string requestedBy)
    {
        if (_cache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        // Pages render on several threads: each template is parsed, and its errors reported, once.
        lock (_parsing)
        {
            return _cache.TryGetValue(path, out cached) ? cached : Parse(path, requestedBy);
        }
    }

    private Template? Parse(string path, string requestedBy)
    {
        var file = sources.Resolve(path);
        Template? template = null;
        if (file is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingLayout,
                $"no template '{path}' in {sources.InputRoot}/ or the theme; {requestedBy} needs it: create {sources.InputRoot}/{path} or restore the theme's",
                $"{sources.InputRoot}/{path}"));
        }
        else
        {
            template = Template.Parse(file.Text, file.DisplayPath);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(new Diagnostic(
                    message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning,
                    DiagnosticCodes.LayoutSyntax.Id,
                    $"{message.Message.TrimEnd('.')}; fix the template syntax ({{{{ … }}}} blocks close with {{{{ end }}}})",
                    file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1));
            }

            if (template.HasErrors)
            {
                template = null;
            }
        }

        _cache[path] = template;
        return template;
    }
}
