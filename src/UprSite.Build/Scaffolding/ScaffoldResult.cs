namespace UprSite.Build.Scaffolding;

/// <summary>What <c>uprsite new</c> did: the file it wrote, or why it wrote nothing.</summary>
public sealed record ScaffoldResult(string? Path, string? Error)
{
    public bool Succeeded => Error is null;

    public static ScaffoldResult Written(string path) => new(path, null);

    public static ScaffoldResult Failed(string error) => new(null, error);
}
