namespace UprSite.Build.Checking;

/// <summary>One href or src of a page, as written (entities decoded), at the line and column of its tag.</summary>
public sealed record PageLink(string Url, int Line, int Column);
