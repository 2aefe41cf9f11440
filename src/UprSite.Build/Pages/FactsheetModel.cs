namespace UprSite.Build.Pages;

/// <summary>The variables a factsheet layout or partial reads besides <c>factsheet</c>: sections, previous, print.</summary>
public static class FactsheetModel
{
    public static void Add(IDictionary<string, object?> model, FactsheetViewFactory views, FactsheetHtml html, Core.Model.Factsheet factsheet, Core.Model.Country country)
    {
        model["sections"] = html.Sections(factsheet.Sections);
        model["previous"] = views.Previous(factsheet, country);
        model["print"] = views.Print(factsheet);
    }
}
