namespace UprSite.Core.Model;

/// <summary>
/// How factsheets are printed: paper size and the most pages one factsheet may take; whether each recommending State of
/// each country gets an embassy brief (its print view and, with --pdf, its PDF).
/// </summary>
public sealed record PrintSettings(PaperSize Paper, int MaxPages, bool Briefs = true)
{
    public static PrintSettings Default { get; } = new(PaperSize.A4, 2);
}
