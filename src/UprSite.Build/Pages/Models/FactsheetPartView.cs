using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>The questions or the recommendations: the heading as written, the text around the list, the items.</summary>
/// <param name="Id">The part's stable anchor: questions or recommendations.</param>
public sealed record FactsheetPartView(string Id, string Heading, RawHtml Intro, IReadOnlyList<FactsheetItemView> Items, RawHtml Outro);
