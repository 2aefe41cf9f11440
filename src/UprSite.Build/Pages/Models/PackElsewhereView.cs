namespace UprSite.Build.Pages.Models;

/// <summary>A factsheet a print pack leaves out because it is not written in the pack's language, with where to read it.</summary>
/// <param name="Title">Its title, in <paramref name="Lang"/>.</param>
/// <param name="LanguageName">The name of its language in the pack's language ("anglais").</param>
/// <param name="Url">Its page's public address.</param>
public sealed record PackElsewhereView(string Title, string Lang, string LanguageName, string Url);
