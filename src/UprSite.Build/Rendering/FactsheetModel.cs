namespace UprSite.Build.Rendering;

/// <summary>The variables a factsheet layout or partial reads besides <c>factsheet</c>: sections, previous, print.</summary>
public static class FactsheetModel
{
    /// <param name="html">What the page does to rendered Markdown (symbol isolation, links of a fallback page).</param>
    public static void Add(
        IDictionary<string, object?> model, FactsheetViewFactory views, Core.Model.Factsheet factsheet, Core.Model.Country country, Func<string, string> html)
    {
        model["sections"] = views.Sections(factsheet, html);
        model["previous"] = views.Previous(factsheet, country);
        model["print"] = views.Print(factsheet);
    }
}
