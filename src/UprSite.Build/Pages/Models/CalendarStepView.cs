namespace UprSite.Build.Pages.Models;

/// <summary>One step of the UPR calendar as the country page lists it.</summary>
/// <param name="Kind">review, mid_term_report, submission_deadline, pre_session or next_review.</param>
/// <param name="Date">"8 May 2024" as given, or "about May–November 2026" when estimated.</param>
/// <param name="DateIso">For &lt;time datetime&gt;: the day given, or the month (2028-11) of a single estimate; null for a span of months.</param>
/// <param name="Status">done, current or coming; <paramref name="StatusLabel"/> says it in the page's language.</param>
/// <param name="Detail">The Working Group session of the next review, when known.</param>
public sealed record CalendarStepView(
    string Kind,
    string Label,
    string Date,
    string? DateIso,
    bool Estimated,
    string Status,
    string StatusLabel,
    string? Detail);
