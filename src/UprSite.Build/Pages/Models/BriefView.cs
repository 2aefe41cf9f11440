namespace UprSite.Build.Pages.Models;

/// <summary>
/// What one recommending State asked a country, cycle by cycle (newest first), what became of it, and the coalition's
/// draft recommendations on the themes it raised: one or two printed pages.
/// </summary>
/// <param name="Date">The newest of the ratings' assessment dates, the drafts' factsheets' updates and the reviews ("newest information"); null when none is known.</param>
/// <param name="Themes">The themes the State raised most, in the page's language, joined; null when its rows name none.</param>
/// <param name="Scope">Said when some recommendations are only summarised (<see cref="Data.BriefSelection"/>); null when every one is in full.</param>
/// <param name="DraftsIntro">The sentence before the drafts, or the one saying no factsheet is on its themes.</param>
/// <param name="Factsheets">When no factsheet is on its themes, the country's factsheets; else empty.</param>
public sealed record BriefView(
    string Title,
    string StateName,
    string CountryName,
    string Summary,
    string? Date,
    string? DateIso,
    string? Themes,
    string? Scope,
    IReadOnlyList<BriefCycleView> Cycles,
    string DraftsIntro,
    IReadOnlyList<BriefDraftView> Drafts,
    IReadOnlyList<BriefFactsheetView> Factsheets,
    BriefPrintView Print,
    string StateHref)
{
    /// <summary>What comes next in the country's UPR cycle, for the meeting's timing; empty without a dated review.</summary>
    public IReadOnlyList<CalendarStepView> Coming { get; init; } = [];

    /// <summary>"As of 1 December 2026.": the day the site was built (--date), the day its figures stand on.</summary>
    public required string AsOf { get; init; }

    public required string AsOfIso { get; init; }

    /// <summary>The words before <see cref="Themes"/> (<see cref="Data.StatePageBuilder.IssuesLabel"/>).</summary>
    public required string ThemesLabel { get; init; }

    /// <summary>The link back to the State's page: "All of this State's recommendations", or for one, "This State's recommendation".</summary>
    public required string BackLabel { get; init; }
}
