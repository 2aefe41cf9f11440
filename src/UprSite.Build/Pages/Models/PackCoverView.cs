namespace UprSite.Build.Pages.Models;

/// <summary>The first page of a print pack: its title and date, its contents, and the factsheets only in other languages.</summary>
/// <param name="Title">"Cambodia · Factsheets".</param>
/// <param name="Date">The newest of its factsheets' updated dates, in the pack's language; null when none has one.</param>
/// <param name="Contents">Its factsheets in order; the print stage writes each one's first page into the layout's [data-pack-page].</param>
/// <param name="Elsewhere">The country's factsheets not written in the pack's language, once per language they are in.</param>
/// <param name="Coming">What comes next in the country's UPR cycle (the calendar's steps not yet done); empty without a dated review.</param>
public sealed record PackCoverView(string Title, string? Date, string? DateIso, IReadOnlyList<PackContentsView> Contents, IReadOnlyList<PackElsewhereView> Elsewhere,
    IReadOnlyList<CalendarStepView> Coming);
