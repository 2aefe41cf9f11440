using System.Text.RegularExpressions;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// The addresses a stylesheet points to: every <c>url(…)</c> (fonts, images, <c>@import url(…)</c>) and every
/// <c>@import "…"</c> written as a bare string, found, resolved against the stylesheet's own path, and rewritten.
/// </summary>
public static partial class CssReferences
{
    [GeneratedRegex("""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")]
    private static partial Regex Reference();

    /// <summary>The output paths (assets/…) of the internal addresses <paramref name="css"/> at <paramref name="cssPath"/> names, in order of appearance.</summary>
    public static IEnumerable<string> Targets(string cssPath, string css)
    {
        foreach (Match match in Reference().Matches(css))
        {
            var url = Address(match);
            if (RelativeUrl.IsInternal(url))
            {
                yield return RelativeUrl.Resolve(cssPath, RelativeUrl.SplitTail(url).Path);
            }
        }
    }

    /// <summary>The 1-based line and column of the first reference in <paramref name="css"/> to <paramref name="target"/>; (0, 0) when there is none.</summary>
    public static (int Line, int Column) Locate(string cssPath, string css, string target)
    {
        foreach (Match match in Reference().Matches(css))
        {
            var url = Address(match);
            if (RelativeUrl.IsInternal(url) && RelativeUrl.Resolve(cssPath, RelativeUrl.SplitTail(url).Path) == target)
            {
                var before = css.AsSpan(0, match.Index);
                var lineStart = before.LastIndexOf('\n') + 1;
                return (before.Count('\n') + 1, match.Index - lineStart + 1);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// <paramref name="css"/> with each internal address whose output path <paramref name="renamed"/> maps to a new
    /// path pointed at that path (relative to <paramref name="cssPath"/>, its ?query or #fragment kept); anything else unchanged.
    /// </summary>
    public static string Rewrite(string cssPath, string css, Func<string, string?> renamed) =>
        Reference().Replace(css, match =>
        {
            var url = Address(match);
            if (!RelativeUrl.IsInternal(url))
            {
                return match.Value;
            }

            var (path, rest) = RelativeUrl.SplitTail(url);
            if (renamed(RelativeUrl.Resolve(cssPath, path)) is not { } target)
            {
                return match.Value;
            }

            var written = RelativeUrl.Between(cssPath, target) + rest;
            return match.Groups[2].Success
                ? $"url({match.Groups[1].Value}{written}{match.Groups[1].Value})"
                : $"@import {match.Groups[3].Value}{written}{match.Groups[3].Value}";
        });

    private static string Address(Match match) => match.Groups[2].Success ? match.Groups[2].Value : match.Groups[4].Value;
}
