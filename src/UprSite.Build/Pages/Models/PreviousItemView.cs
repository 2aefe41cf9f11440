namespace UprSite.Build.Pages.Models;

/// <summary>One of the most specific earlier recommendations, as the factsheet shows it.</summary>
/// <param name="Status">The coalition's rating in words; null when not rated.</param>
/// <param name="StatusKey">The rating's key (fully-implemented … no-information, as everywhere), for its colour; null when unrated.</param>
public sealed record PreviousItemView(
    string Text, int Cycle, string States, string Response, string? Category, string? Status, string? StatusKey, string? Evidence);
