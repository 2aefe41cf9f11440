using Microsoft.Playwright;

namespace UprSite.Printing;

/// <summary>
/// Answers the printing browser's requests from the rendered site in memory, at the site's own public address, and
/// refuses every other request, so printing never touches the network.
/// </summary>
internal static class SiteRoutes
{
    public static Task Serve(IRoute route, string origin, Func<string, byte[]?> files)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(origin, StringComparison.Ordinal))
        {
            return route.AbortAsync("blockedbyclient");
        }

        var path = Uri.UnescapeDataString(url[origin.Length..].Split('#')[0].Split('?')[0]);
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        return files(path) is { } body
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(path), BodyBytes = MarkForPdf(path, body) })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not in the site" });
    }

    /// <summary>
    /// Marks the printed page with the class pdf-export on &lt;html&gt;: the running header and footer drawn by Chromium
    /// replace the page's own first-page masthead and closing footer (see print.css).
    /// </summary>
    private static byte[] MarkForPdf(string path, byte[] body)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return body;
        }

        var html = System.Text.Encoding.UTF8.GetString(body);
        var at = html.IndexOf("<html", StringComparison.Ordinal);
        return at < 0 ? body : System.Text.Encoding.UTF8.GetBytes(html.Insert(at + "<html".Length, " class=\"pdf-export\""));
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        _ => "application/octet-stream",
    };
}
