namespace UprSite.Printing.Tests.Support;

/// <summary>A run of text in one font size on a printed page (points).</summary>
public sealed record TextRun(int Page, double Top, double Size, string Text);
