namespace UprSite.Build.Pipeline;

/// <summary>What the Print stage did: PDFs printed and reused from the cache, and how long the browser took.</summary>
/// <param name="BrowserStartMs">Starting Playwright and Chromium; 0 when everything came from the cache.</param>
/// <param name="PrintMs">Loading and printing the pages once the browser was up.</param>
public sealed record PrintReport(int Printed, int Reused, long BrowserStartMs, long PrintMs)
{
    /// <summary>How many of the printed PDFs were single factsheets (the rest are print packs and briefs).</summary>
    public int Factsheets { get; init; }

    /// <summary>The part of <see cref="PrintMs"/> spent on single factsheets, before the print packs.</summary>
    public long FactsheetPrintMs { get; init; }

    /// <summary>How many of the printed PDFs were recommending States' briefs.</summary>
    public int Briefs { get; init; }

    /// <summary>The part of <see cref="PrintMs"/> spent on the briefs, printed last.</summary>
    public long BriefPrintMs { get; init; }
}
