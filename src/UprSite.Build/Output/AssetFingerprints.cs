using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using UprSite.Build.Markdown;
using UprSite.Core.Urls;

namespace UprSite.Build.Output;

/// <summary>
/// Renames every file under assets/ to carry a hash of its content (assets/css/site.css → assets/css/site.1a2b3c4d5e.css)
/// and rewrites the references to it in pages and stylesheets. A changed file gets a new name, so browsers and
/// Netlify's CDN may keep /assets/* for a year (netlify.toml: immutable) and still never show a stale one.
/// Runs over the whole output after Render, so assets that stages add themselves are covered too. Scripts that
/// load other assets must take their address from an attribute a layout wrote (href, src, data-…).
/// </summary>
public static partial class AssetFingerprints
{
    private const string Folder = "assets/";

    [GeneratedRegex("""url\(\s*(['"]?)([^'")]+)\1\s*\)""")]
    private static partial Regex CssUrl();

    public static void Apply(OutputSet output)
    {
        // Licence texts keep their names: they are read by people, next to the file they cover, and never linked.
        var assets = output.Files.Keys
            .Where(p => p.StartsWith(Folder, StringComparison.Ordinal) && !p.EndsWith(".LICENSE.txt", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);

        // Stylesheets last: their hash must cover the hashed names of the fonts and images they point to.
        foreach (var path in assets.OrderBy(p => p.EndsWith(".css", StringComparison.Ordinal)).ThenBy(p => p, StringComparer.Ordinal))
        {
            var file = output.Files[path];
            var content = path.EndsWith(".css", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(RewriteCss(path, Encoding.UTF8.GetString(file.Content), renamed))
                : file.Content;
            var hashed = HashedName(path, content);
            output.Remove(path);
            output.Add(hashed, file with { Content = content });
            renamed[path] = hashed;
        }

        foreach (var (path, file) in output.HtmlPages.ToList())
        {
            var html = Encoding.UTF8.GetString(file.Content);
            var rewritten = HtmlLinks.Rewrite(html, (target, rest) =>
                renamed.TryGetValue(RelativeUrl.Resolve(path, target), out var hashed) ? RelativeUrl.Between(path, hashed) + rest : null);
            if (html != rewritten)
            {
                output.Add(path, file with { Content = Encoding.UTF8.GetBytes(rewritten) });
            }
        }
    }

    /// <summary>assets/css/site.css with content C → assets/css/site.&lt;first 10 hex digits of SHA-256(C)&gt;.css</summary>
    public static string HashedName(string path, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var slash = path.LastIndexOf('/');
        var dot = path.IndexOf('.', slash + 1);
        return dot < 0 ? $"{path}.{hash}" : $"{path[..dot]}.{hash}{path[dot..]}";
    }

    private static string RewriteCss(string cssPath, string css, Dictionary<string, string> renamed) =>
        CssUrl().Replace(css, m => $"url({m.Groups[1].Value}{Rewrite(cssPath, m.Groups[2].Value, renamed)}{m.Groups[1].Value})");

    /// <summary>A reference from <paramref name="fromPath"/> to a renamed asset, pointed at its new name; anything else unchanged.</summary>
    private static string Rewrite(string fromPath, string url, Dictionary<string, string> renamed)
    {
        if (!HtmlLinks.IsInternal(url))
        {
            return url;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var (path, rest) = cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
        var target = RelativeUrl.Resolve(fromPath, path);
        return renamed.TryGetValue(target, out var hashed) ? RelativeUrl.Between(fromPath, hashed) + rest : url;
    }
}
