using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>A question or recommendation: its number, its anchor id and its rendered content.</summary>
public sealed record FactsheetItemView(int Number, string Id, RawHtml Html);
