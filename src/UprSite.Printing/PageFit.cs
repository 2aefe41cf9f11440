namespace UprSite.Printing;

/// <summary>How a factsheet was printed: the fit print.css laid it out at (null: none, the page has no factsheet article) and its pages.</summary>
public sealed record PageFit(double? Fit, int Pages);
