namespace UprSite.Build.Pages;

/// <summary>The variables a factsheet layout or partial reads besides <c>factsheet</c>: sections, previous, print.</summary>
public static class FactsheetModel
{
    public static void Add(IDictionary<string, object?> model, FactsheetViewFactory views, Core.Model.Factsheet factsheet, Core.Model.Country country)
    {
        model["sections"] = views.Sections(factsheet);
        model["previous"] = views.Previous(factsheet, country);
        model["print"] = views.Print(factsheet);
    }
}
