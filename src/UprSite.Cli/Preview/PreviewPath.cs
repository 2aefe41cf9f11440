namespace UprSite.Cli.Preview;

/// <summary>
/// The one check of a request's path, which the server has already percent-decoded (it is never decoded again):
/// no control character, no backslash, no dot segment. What passes is only ever a key into the site in memory,
/// never a file name, so a path that passes and names nothing is simply not found.
/// </summary>
public static class PreviewPath
{
    /// <param name="decoded">The request path as the server decoded it, starting with '/'.</param>
    /// <param name="relative">The path without its leading '/' (empty for the root).</param>
    public static bool TryRead(string? decoded, out string relative)
    {
        relative = string.Empty;
        if (string.IsNullOrEmpty(decoded))
        {
            return true;
        }

        if (decoded[0] != '/' || decoded.Any(c => char.IsControl(c) || c == '\\'))
        {
            return false;
        }

        var rest = decoded[1..];
        if (rest.Split('/').Any(segment => segment is "." or ".."))
        {
            return false;
        }

        relative = rest;
        return true;
    }
}
