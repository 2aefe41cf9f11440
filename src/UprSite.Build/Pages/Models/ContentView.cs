using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>A free page's text.</summary>
public sealed record ContentView(string Title, string? Description, RawHtml Body);
