namespace UprSite.Build.Pages.Models;

/// <summary>One of the most specific earlier recommendations, as the factsheet shows it.</summary>
/// <param name="Status">The coalition's rating in words; null when not rated.</param>
/// <param name="StatusKey">fully, partially, not or none: for the rating's colour.</param>
public sealed record PreviousItemView(
    string Text, int Cycle, string States, string Response, string? Category, string? Status, string? StatusKey, string? Evidence);
