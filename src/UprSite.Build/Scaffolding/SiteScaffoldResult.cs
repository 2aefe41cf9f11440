namespace UprSite.Build.Scaffolding;

/// <summary>What <c>uprsite init</c> did: the files it wrote, relative to the site's folder, or why it wrote nothing.</summary>
public sealed record SiteScaffoldResult(IReadOnlyList<string> Files, string? Error)
{
    public bool Succeeded => Error is null;

    public static SiteScaffoldResult Written(IReadOnlyList<string> files) => new(files, null);

    public static SiteScaffoldResult Failed(string error) => new([], error);
}
