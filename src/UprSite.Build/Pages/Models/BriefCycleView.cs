namespace UprSite.Build.Pages.Models;

/// <summary>One cycle in a brief: its rows in full, or (<see cref="Rows"/> empty) its figures only.</summary>
/// <param name="Figures">"3 recommendations: 2 supported, 1 noted."</param>
/// <param name="Rest">Said when some or all of its rows are left out of the brief, with where to read them; else null.</param>
/// <param name="Ratings">For a cycle in figures only, the coalition's ratings counted by status; else null.</param>
public sealed record BriefCycleView(int Number, string Label, string? Date, string? DateIso, string Figures,
    IReadOnlyList<RecommendationView> Rows, string? Rest, string? Ratings);
