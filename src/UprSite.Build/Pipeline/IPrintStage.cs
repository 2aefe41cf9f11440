using UprSite.Core.Diagnostics;

namespace UprSite.Build.Pipeline;

/// <summary>
/// The Print stage (<c>--pdf</c>) as the pipeline sees it. UprSite.Printing implements it with Chromium; Build does
/// not reference that project, so a consumer of the pipeline that never prints carries no browser driver.
/// </summary>
public interface IPrintStage
{
    /// <summary>Adds the PDFs to <see cref="PrintRequest.Output"/> and reports problems to <paramref name="diagnostics"/>; null when nothing was printed.</summary>
    PrintReport? Run(PrintRequest request, DiagnosticList diagnostics);
}
