using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Http;
using UprSite.Build.Output;

namespace UprSite.Cli.Preview;

/// <summary>
/// One good build, served from memory: swapping folders on disk during a rebuild never changes what is served, and a
/// request sees either the whole previous build or the whole new one. Addresses resolve as on Netlify: a file, a
/// folder's index.html, a folder without its final '/' redirected to it, else the site's own 404 page.
/// </summary>
public sealed class PreviewSite
{
    private readonly Func<string, byte[]?> _find;

    public PreviewSite(int number, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        Number = number;
        var frozen = files.ToFrozenDictionary(StringComparer.Ordinal);
        _find = key => frozen.GetValueOrDefault(key);
        FileCount = frozen.Count;
    }

    private PreviewSite(int number, IReadOnlyDictionary<string, OutputFile> files)
    {
        Number = number;
        _find = key => files.TryGetValue(key, out var file) ? file.Content : null;
        FileCount = files.Count;
    }

    /// <summary>1 for the first good build, then one more for each.</summary>
    public int Number { get; }

    public int FileCount { get; }

    /// <summary>
    /// The build's files as they are: a build's output is never changed once it is done, and copying 100,000 files into
    /// a table of its own would cost a large site's edit a tenth of a second.
    /// </summary>
    public static PreviewSite From(int number, OutputSet output) => new(number, output.Files);

    /// <param name="relative">A path checked by <see cref="PreviewPath"/>, without its leading '/'.</param>
    public PreviewAnswer Find(string relative)
    {
        var key = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (_find(key) is { } file)
        {
            return new PreviewAnswer(StatusCodes.Status200OK, file, key);
        }

        if (_find(key + "/index.html") is not null)
        {
            // Links inside index.html are relative to the folder, so the address must end with '/'.
            return new PreviewAnswer(StatusCodes.Status302Found, [], "redirect.txt", new PathString("/" + key + "/").ToUriComponent());
        }

        return NotFound(key);
    }

    /// <summary>The language's 404 page (the first folder of the address), else the site's, else a line of text.</summary>
    private PreviewAnswer NotFound(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        string[] pages = slash > 0 ? [key[..slash] + "/404.html", "404.html"] : ["404.html"];
        foreach (var page in pages)
        {
            if (_find(page) is { } body)
            {
                return new PreviewAnswer(StatusCodes.Status404NotFound, body, page);
            }
        }

        var text = $"Not found: /{key} is not a file of the site (this site has no 404.html page).\n";
        return new PreviewAnswer(StatusCodes.Status404NotFound, Encoding.UTF8.GetBytes(text), "404.txt");
    }
}
