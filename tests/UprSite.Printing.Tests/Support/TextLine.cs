namespace UprSite.Printing.Tests.Support;

/// <summary>A line of text on a printed page: its box's top and bottom (points from the top of the page) and its words.</summary>
public sealed record TextLine(double Top, double Bottom, string Text);
