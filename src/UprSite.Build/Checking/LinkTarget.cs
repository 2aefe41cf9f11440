namespace UprSite.Build.Checking;

/// <summary>An output path a link points to, and the anchor on it when the link names one on a page.</summary>
public sealed record LinkTarget(string Path, string? Anchor)
{
    // A NUL never comes out of a link's path: the output has no such file, so it cannot stand for one.
    private const char Separator = '\0';

    public string Key => Anchor is null ? Path : $"{Path}{Separator}{Anchor}";

    public static LinkTarget FromKey(string key) =>
        key.IndexOf(Separator) is var at and >= 0 ? new LinkTarget(key[..at], key[(at + 1)..]) : new LinkTarget(key, null);
}
