namespace UprSite.Build.Pipeline;

/// <summary>What to build and where. <see cref="Write"/> false is <c>uprsite check</c>: every stage but Write.</summary>
public sealed record BuildOptions(string InputDir = "input", string ThemeDir = "theme", string OutputDir = "_site", string? BaseUrl = null, bool Write = true);
