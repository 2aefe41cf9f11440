namespace UprSite.Build.Rendering.Views;

/// <summary>A free page's text.</summary>
public sealed record ContentView(string Title, string? Description, RawHtml Body);
