namespace UprSite.Build.Rendering.Views;

/// <summary>A factsheet's body in its parts; a part is null when the factsheet lacks it.</summary>
public sealed record FactsheetSectionsView(RawHtml Context, FactsheetPartView? Questions, FactsheetPartView? Recommendations, RawHtml More);
