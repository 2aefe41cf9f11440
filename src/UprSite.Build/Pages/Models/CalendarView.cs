namespace UprSite.Build.Pages.Models;

/// <summary>partials/calendar.html: where the country's UPR cycle stands, and civil society's part in each review.</summary>
/// <param name="Phase">"Implementation phase: mid-term report due about May–November 2026."; null without a review date.</param>
/// <param name="AsOf">"As of 1 December 2026.": the build's date the steps are counted from.</param>
/// <param name="Participation">The stakeholder submissions per review; null when country.yml gives none.</param>
/// <param name="LoadsCharts">The partial loads charts.js itself: it has a chart and the dashboard has none.</param>
/// <param name="Note">How estimated dates are worked out, its figures in the page's digits.</param>
public sealed record CalendarView(
    string? Phase,
    string AsOf,
    string AsOfIso,
    IReadOnlyList<CalendarStepView> Steps,
    ChartView? Participation,
    bool LoadsCharts,
    string Note);
