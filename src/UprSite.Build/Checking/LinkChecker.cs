using UprSite.Build.Output;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Checking;

/// <summary>
/// Check: every internal link and anchor of the built site, before anything is swapped in. It reads only the index
/// each page got when it was added to the output (<see cref="PageLinks"/>: its anchors as a set, its links with
/// their places), never the pages themselves, so an anchor is one hash lookup and no document is kept. A link
/// written in Markdown is reported at its line in the Markdown file; a link from a layout at its line in the output page.
/// </summary>
public sealed class LinkChecker(OutputSet output, string outputDisplayRoot)
{
    private readonly Dictionary<string, HashSet<string>> _originalTargets = new(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Check()
    {
        foreach (var (path, file) in output.HtmlPages.ToList())
        {
            foreach (var link in (file.Index ?? PageLinks.Empty).Links)
            {
                if (CheckLink(path, link.Url) is { } problem && !ReportedOnOriginal(file, path, link.Url))
                {
                    yield return Report(path, file, link, problem);
                }
            }
        }
    }

    /// <summary>
    /// A fallback page shows its original's text with links retargeted to the same files: a broken one there is
    /// already reported once, at its line in the original's Markdown.
    /// </summary>
    private bool ReportedOnOriginal(OutputFile file, string path, string url)
    {
        if (file.FallbackOf is not { } original || !output.Files.TryGetValue(original, out var originalFile))
        {
            return false;
        }

        if (!_originalTargets.TryGetValue(original, out var targets))
        {
            targets = (originalFile.Index ?? PageLinks.Empty).Links.Select(l => Target(original, l.Url)).ToHashSet(StringComparer.Ordinal);
            _originalTargets[original] = targets;
        }

        return targets.Contains(Target(path, url));
    }

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

        if (!output.Files.TryGetValue(target, out var targetFile) && !output.Contains(target + "/index.html"))
        {
            return (DiagnosticCodes.BrokenLink, $"the link '{url}' points to '/{target}', which the site does not have; fix the address or add the page");
        }

        if (string.IsNullOrEmpty(fragment) || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        // An element with that id, or an <a name>, compared as strings: the fragment is the user's text.
        return targetFile?.Index?.HasAnchor(fragment) != true
            ? (DiagnosticCodes.BrokenAnchor, $"the link '{url}' points to the anchor '#{VisibleText.Of(fragment)}', which '/{target}' does not have; fix the anchor or the heading id")
            : null;
    }

    private Diagnostic Report(string path, OutputFile file, PageLink link, (DiagnosticCode Code, string Message) problem)
    {
        var url = link.Url;
        var target = RelativeUrl.Resolve(path, url.Split('#')[0]);
        var written = file.Links?.FirstOrDefault(l => Targets(l.Url, path) == target && Fragment(l.Url) == Fragment(url));
        if (file.Origin is { } origin && written is not null)
        {
            var message = problem.Message.Replace($"'{url}'", $"'{written.Url}'", StringComparison.Ordinal);
            return Diagnostic.Error(problem.Code, message, origin.Path, written.Line, written.Column);
        }

        return Diagnostic.Error(problem.Code, problem.Message + " (the link comes from a layout or partial)",
            $"{outputDisplayRoot}/{path}", link.Line, link.Column);
    }

    private static string Fragment(string url) => url.IndexOf('#') is var at and >= 0 ? url[at..] : string.Empty;

    private static string Targets(string markdownUrl, string pagePath)
    {
        var path = markdownUrl.Split('#')[0];
        return path.StartsWith('/') ? RelativeUrl.SiteRootedToPath(path)! : RelativeUrl.Resolve(pagePath, path);
    }
}
