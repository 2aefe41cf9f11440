namespace UprSite.Build.Pages.Models;

/// <summary>Previous and next links of a plain explorer page ("Page 2 of 207, recommendations 101 to 200 by State").</summary>
/// <param name="Number">1 for the first page.</param>
/// <param name="Text">Empty when every row fits on one page (<see cref="Data.ExplorerPagerText"/>).</param>
/// <param name="Template">"Page {page} of {pages}, recommendations {first} to {last} by State", for explorer.js.</param>
/// <param name="OneRowTemplate">"Page {page} of {pages}, recommendation {first} by State", for a page of one row.</param>
public sealed record ExplorerPagerView(int Number, int Count, string Text, string Template, string OneRowTemplate, string PreviousLabel, string? PreviousHref,
    string NextLabel, string? NextHref);
