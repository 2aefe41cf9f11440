namespace UprSite.Core.Model;

/// <summary>How factsheets are printed: paper size and the most pages one factsheet may take.</summary>
public sealed record PrintSettings(PaperSize Paper, int MaxPages)
{
    public static PrintSettings Default { get; } = new(PaperSize.A4, 2);
}
