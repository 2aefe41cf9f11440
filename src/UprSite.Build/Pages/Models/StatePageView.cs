namespace UprSite.Build.Pages.Models;

/// <summary>What one recommending State asked a country across cycles: the page printed before meeting its embassy.</summary>
/// <param name="Paragraphs">Per cycle of the country: the recommendations (paragraphs) beside the recommendations by State.</param>
/// <param name="PartlySupported">Supported in part and noted in part; null when none is, so the page shows no such line.</param>
/// <param name="Issues">The themes it raised most, with counts ("Right to land (3)").</param>
/// <param name="Factsheets">The coalition's factsheets on the themes it raised, the one closest to its recommendations first.</param>
public sealed record StatePageView(
    string Name,
    string Slug,
    string CountryName,
    string Summary,
    string Holding,
    IReadOnlyList<string> Paragraphs,
    string Received,
    string Supported,
    string Noted,
    string? PartlySupported,
    string SupportedRate,
    IReadOnlyList<string> Issues,
    IReadOnlyList<StateCycleView> Cycles,
    string ExplorerHref,
    string DashboardHref,
    IReadOnlyList<FactsheetLinkView> Factsheets)
{
    /// <summary>The words before <see cref="Issues"/>: "Themes raised most" when they are the first of more, else "Theme raised" / "Themes raised".</summary>
    public required string IssuesLabel { get; init; }

    /// <summary>The heading over <see cref="Factsheets"/>, agreeing with how many recommendations the State made.</summary>
    public required string FactsheetsLabel { get; init; }

    /// <summary>The link to the explorer filtered to this State: "See this recommendation…" / "See these recommendations…".</summary>
    public required string ExplorerLabel { get; init; }

    /// <summary>The brief to print before meeting the State's embassy; null only for a page built without one.</summary>
    public BriefLinkView? Brief { get; init; }
}
