using System.Text;
using UprSite.Build.Output;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;
using UprSite.Core.Urls;

namespace UprSite.Build.Checking;

/// <summary>
/// Check: every internal link and anchor of the built site, before anything is swapped in. It checks each distinct
/// place links point to (<see cref="OutputSet.Targets"/>, gathered as pages were added) against the output's paths
/// and each page's anchors (their hashes, per page), so no document is kept and an anchor is one lookup. Only when a
/// place is broken are the pages read again, to report every link to it where it was written: a link written in
/// Markdown at its line in the Markdown file, a link from a layout at its line in the output page.
/// </summary>
public sealed class LinkChecker(OutputSet output, string outputDisplayRoot)
{
    private readonly Dictionary<string, HashSet<string>> _originalTargets = new(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Check()
    {
        var broken = output.Targets.All.Where(IsBroken).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        if (broken.Count == 0)
        {
            yield break;
        }

        foreach (var (path, file) in output.HtmlPages.ToList())
        {
            foreach (var link in Links(file))
            {
                if (LinkTargets.Of(path, link.Url) is { } target && broken.Contains(target.Key) && !ReportedOnOriginal(file, path, link.Url))
                {
                    yield return Report(path, file, link, Problem(link.Url, target));
                }
            }
        }
    }

    private static IReadOnlyList<PageLink> Links(OutputFile file) => PageLinkScanner.Scan(Encoding.UTF8.GetString(file.Content)).Links;

    private bool IsBroken(LinkTarget target) =>
        !Exists(target.Path) || (target.Anchor is { } anchor
            && !(output.Files.TryGetValue(target.Path, out var page) && page.Index?.HasAnchor(anchor) == true));

    private bool Exists(string path) => output.Contains(path) || output.Contains(path + "/index.html");

    private (DiagnosticCode Code, string Message) Problem(string url, LinkTarget target) => !Exists(target.Path)
        ? (DiagnosticCodes.BrokenLink, $"the link '{url}' points to '/{target.Path}', which the site does not have; fix the address or add the page")
        : (DiagnosticCodes.BrokenAnchor, $"the link '{url}' points to the anchor '#{VisibleText.Of(target.Anchor!)}', which '/{target.Path}' does not have; fix the anchor or the heading id");

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
            targets = Links(originalFile).Select(l => Target(original, l.Url)).ToHashSet(StringComparer.Ordinal);
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
