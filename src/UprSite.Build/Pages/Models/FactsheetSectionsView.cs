using UprSite.Build.Templates;
namespace UprSite.Build.Pages.Models;

/// <summary>A factsheet's body in its parts; a part is null when the factsheet lacks it.</summary>
public sealed record FactsheetSectionsView(RawHtml Context, FactsheetPartView? Questions, FactsheetPartView? Recommendations, RawHtml More)
{
    /// <summary>The same sections with every piece of HTML passed through <paramref name="map"/> (links of a fallback page).</summary>
    public FactsheetSectionsView Map(Func<RawHtml, RawHtml> map) =>
        new(map(Context), Questions?.Map(map), Recommendations?.Map(map), map(More));
}
