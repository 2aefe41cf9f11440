namespace UprSite.Build.Pages.Models;

/// <summary>One cycle on a recommending State's page: the review, and what the State asked in it.</summary>
public sealed record StateCycleView(int Number, string Label, string? Date, string? DateIso, string Figures, IReadOnlyList<RecommendationView> Rows);
