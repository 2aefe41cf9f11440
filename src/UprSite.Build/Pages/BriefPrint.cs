using UprSite.Core.Model;

namespace UprSite.Build.Pages;

/// <summary>One brief for the Print stage: the page it is printed from, its PDF, and what its running margins show.</summary>
/// <param name="OnlinePath">The recommending State's page, whose address the footer and the QR code give.</param>
/// <param name="Title">The running header's title ("France · Meeting brief").</param>
/// <param name="Date">The PDF's creation date (<see cref="Data.BriefBuilder.Newest"/>).</param>
public sealed record BriefPrint(string PagePath, string PdfPath, string OnlinePath, string Title, string Label, Language Language, DateOnly? Date);
