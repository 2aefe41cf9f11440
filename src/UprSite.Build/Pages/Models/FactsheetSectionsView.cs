using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>A factsheet's body in its parts; a part is null when the factsheet lacks it.</summary>
public sealed record FactsheetSectionsView(RawHtml Context, FactsheetPartView? Questions, FactsheetPartView? Recommendations, RawHtml More);
