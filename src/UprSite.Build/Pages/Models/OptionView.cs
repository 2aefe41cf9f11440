namespace UprSite.Build.Pages.Models;

/// <summary>A choice of a filter: the value the rows carry, its label, how many rows have it.</summary>
public sealed record OptionView(string Value, string Label, string Count)
{
    /// <summary>The language of <see cref="Label"/> when it is not the page's (a UHRI theme the reference data does not name in it).</summary>
    public string? Lang { get; init; }
}
