using UprSite.Core.Text;

namespace UprSite.Build.Content;

/// <summary>
/// What <c>base_url</c> (and <c>--base-url</c>) may be: "/" or an absolute http(s) address without spaces or control
/// characters. It is written into every canonical link and into sitemap.xml, where a control character cannot go.
/// </summary>
public static class BaseUrlRule
{
    /// <summary>Null when the address is fine; else what is wrong with it, to follow the setting's name.</summary>
    public static string? Problem(string url)
    {
        if (url == "/")
        {
            return null;
        }

        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return $"should be an address without spaces or control characters, not '{VisibleText.Of(url)}'";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? null
            : $"should be an absolute address like https://example.org/, not '{VisibleText.Of(url)}'";
    }
}
