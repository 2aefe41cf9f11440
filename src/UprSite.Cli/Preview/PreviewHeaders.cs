using Microsoft.AspNetCore.Http;

namespace UprSite.Cli.Preview;

/// <summary>
/// The headers Netlify would send, sent by the preview too, so that a Content-Security-Policy problem shows while
/// editing and not only once published: the [[headers]] of the netlify.toml beside input/, else the tool's own
/// (the repository's netlify.toml). Cache-Control is the exception: the preview never lets a browser keep a file.
/// </summary>
public sealed class PreviewHeaders
{
    private PreviewHeaders(NetlifyConfig rules, string source, string? problem)
    {
        Rules = rules;
        Source = source;
        Problem = problem;
    }

    public NetlifyConfig Rules { get; }

    /// <summary>Where the headers come from, for the console.</summary>
    public string Source { get; }

    /// <summary>Why the site's netlify.toml was not used although it exists; null when it was, or there is none.</summary>
    public string? Problem { get; }

    public static PreviewHeaders For(string inputDir)
    {
        var siteRoot = Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var file = Path.Combine(siteRoot, "netlify.toml");
        if (!File.Exists(file))
        {
            return new PreviewHeaders(NetlifyConfig.Default, "the default headers (no netlify.toml beside the input folder)", null);
        }

        try
        {
            return new PreviewHeaders(NetlifyConfig.Load(file), file, null);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return new PreviewHeaders(NetlifyConfig.Default, "the default headers", $"{file} was not read ({e.Message}); serving with the default headers");
        }
    }

    public void Apply(string requestPath, IHeaderDictionary headers)
    {
        foreach (var (name, value) in Rules.HeadersFor(requestPath))
        {
            headers[name] = value;
        }

        headers.CacheControl = "no-store";
    }
}
