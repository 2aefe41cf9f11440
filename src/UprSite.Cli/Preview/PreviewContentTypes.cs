using Microsoft.AspNetCore.StaticFiles;

namespace UprSite.Cli.Preview;

/// <summary>
/// The Content-Type of a file of the site, from its extension. Text is UTF-8 (the build writes nothing else), and
/// with <c>X-Content-Type-Options: nosniff</c> the browser uses a script or style sheet only if its type says so.
/// </summary>
public static class PreviewContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new()
    {
        Mappings = { [".webmanifest"] = "application/manifest+json" },
    };

    public static string For(string path)
    {
        if (!Path.GetFileName(path).Contains('.', StringComparison.Ordinal))
        {
            // _redirects and _headers: Netlify's own rule files.
            return "text/plain; charset=utf-8";
        }

        if (!Known.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json"
            or "application/xml" or "application/manifest+json" or "image/svg+xml";
}
