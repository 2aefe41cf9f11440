namespace UprSite.Build.Pipeline;

/// <summary>What to build and where. <see cref="Write"/> false is <c>uprsite check</c>: every stage but Write.</summary>
public sealed record BuildOptions(string InputDir = "input", string ThemeDir = "theme", string OutputDir = "_site", string? BaseUrl = null, bool Write = true)
{
    /// <summary>Print every factsheet and print pack to PDF (<c>--pdf</c>); needs Chromium.</summary>
    public bool Pdf { get; init; }

    /// <summary>The Chromium to print with; null: UPRSITE_CHROMIUM, else /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; init; }

    /// <summary>Where printed PDFs are kept between builds; null: .uprsite/pdf-cache beside the output folder.</summary>
    public string? PdfCacheDir { get; init; }

    /// <summary>Told each stage's name (Load, Parse, Validate, Compute, Render, Print, Check, Write) as it starts.</summary>
    public Action<string>? StageStarting { get; init; }

    public string ResolvedPdfCacheDir =>
        PdfCacheDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputDir).TrimEnd(Path.DirectorySeparatorChar))!, ".uprsite", "pdf-cache");
}
