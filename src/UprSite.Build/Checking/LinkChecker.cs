using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UprSite.Build.Output;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Checking;

/// <summary>
/// Check: every internal link and anchor of the built site, in memory, before anything is written. A link written
/// in Markdown is reported at its line in the Markdown file; a link from a layout at its line in the output page.
/// </summary>
public sealed class LinkChecker(OutputSet output, string outputDisplayRoot)
{
    private static readonly string[] LinkAttributes = ["href", "src"];
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Check()
    {
        foreach (var (path, file) in output.HtmlPages.ToList())
        {
            var document = Document(path)!;
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { } url && CheckLink(path, url) is { } problem
                        && !ReportedOnOriginal(file, path, url))
                    {
                        yield return Report(path, file, element, url, problem);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A fallback page shows its original's text with links retargeted to the same files: a broken one there is
    /// already reported once, at its line in the original's Markdown.
    /// </summary>
    private bool ReportedOnOriginal(OutputFile file, string path, string url) =>
        file.FallbackOf is { } original && Document(original) is { } document
        && document.QuerySelectorAll("[href], [src]")
            .SelectMany(e => LinkAttributes.Select(e.GetAttribute))
            .Any(other => other is not null && Target(original, other) == Target(path, url));

    private static string Target(string fromPath, string url)
    {
        var hashAt = url.IndexOf('#');
        var (path, fragment) = hashAt < 0 ? (url, string.Empty) : (url[..hashAt], url[hashAt..]);
        return (path.Length == 0 ? fromPath : RelativeUrl.Resolve(fromPath, path)) + fragment;
    }

    /// <summary>Null when the link is fine or leaves the site; else what is wrong with it.</summary>
    private (DiagnosticCode Code, string Message)? CheckLink(string fromPath, string url)
    {
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':'))
        {
            return null;
        }

        var hashAt = url.IndexOf('#');
        var withoutFragment = hashAt < 0 ? url : url[..hashAt];
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(url[(hashAt + 1)..]);
        var queryAt = withoutFragment.IndexOf('?');
        var pathPart = Uri.UnescapeDataString(queryAt < 0 ? withoutFragment : withoutFragment[..queryAt]);
        var target = pathPart.Length == 0 ? fromPath : RelativeUrl.Resolve(fromPath, pathPart);

        if (!output.Contains(target) && !output.Contains(target + "/index.html"))
        {
            return (DiagnosticCodes.BrokenLink, $"the link '{url}' points to '/{target}', which the site does not have; fix the address or add the page");
        }

        if (string.IsNullOrEmpty(fragment) || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        return !HasAnchor(Document(target), fragment)
            ? (DiagnosticCodes.BrokenAnchor, $"the link '{url}' points to the anchor '#{VisibleText.Of(fragment)}', which '/{target}' does not have; fix the anchor or the heading id")
            : null;
    }

    /// <summary>
    /// An element with that id, or an &lt;a name&gt;, compared as strings: the fragment is the user's text and never
    /// goes into a CSS selector, where '%0A' or a backslash would be a syntax error.
    /// </summary>
    private static bool HasAnchor(IDocument? document, string fragment) =>
        document is not null
        && (document.GetElementById(fragment) is not null
            || document.GetElementsByTagName("a").Any(a => a.GetAttribute("name") == fragment));

    private Diagnostic Report(string path, OutputFile file, IElement element, string url, (DiagnosticCode Code, string Message) problem)
    {
        var target = RelativeUrl.Resolve(path, url.Split('#')[0]);
        var written = file.Links?.FirstOrDefault(l => Targets(l.Url, path) == target && Fragment(l.Url) == Fragment(url));
        if (file.Origin is { } origin && written is not null)
        {
            var message = problem.Message.Replace($"'{url}'", $"'{written.Url}'", StringComparison.Ordinal);
            return Diagnostic.Error(problem.Code, message, origin.Path, written.Line, written.Column);
        }

        var position = element.SourceReference?.Position;
        return Diagnostic.Error(problem.Code, problem.Message + " (the link comes from a layout or partial)",
            $"{outputDisplayRoot}/{path}", position?.Line ?? 0, position?.Column ?? 0);
    }

    private static string Fragment(string url) => url.IndexOf('#') is var at and >= 0 ? url[at..] : string.Empty;

    private static string Targets(string markdownUrl, string pagePath)
    {
        var path = markdownUrl.Split('#')[0];
        return path.StartsWith('/') ? RelativeUrl.SiteRootedToPath(path)! : RelativeUrl.Resolve(pagePath, path);
    }

    private IDocument? Document(string path)
    {
        if (_documents.TryGetValue(path, out var document))
        {
            return document;
        }

        if (!output.Files.TryGetValue(path, out var file))
        {
            return null;
        }

        document = _parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
        _documents[path] = document;
        return document;
    }
}
