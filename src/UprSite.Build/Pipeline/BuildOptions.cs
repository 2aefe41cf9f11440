namespace UprSite.Build.Pipeline;

/// <summary>What to build and where. <see cref="Write"/> false is <c>uprsite check</c>: every stage but Write.</summary>
public sealed record BuildOptions(string InputDir = "input", string ThemeDir = "theme", string OutputDir = "_site", string? BaseUrl = null, bool Write = true)
{
    /// <summary>
    /// Prints every factsheet and print pack to PDF (<c>--pdf</c>) when set; the Cli passes UprSite.Printing's
    /// Chromium stage. Null: no PDFs.
    /// </summary>
    public IPrintStage? Printer { get; init; }

    public bool Pdf => Printer is not null;

    /// <summary>Include factsheets marked <c>draft: true</c> (<c>--drafts</c>; <c>uprsite serve</c> always does).</summary>
    public bool Drafts { get; init; }

    /// <summary>Told about long work (printing PDFs) while the build runs; null: nobody is told.</summary>
    public IBuildProgress? Progress { get; init; }

    /// <summary>Where printed PDFs are kept between builds; null: .uprsite/pdf-cache beside the output folder.</summary>
    public string? PdfCacheDir { get; init; }

    /// <summary>How many pages render at once (each on its own thread); the output is the same bytes whatever the number.</summary>
    public int RenderThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>Told each stage's name, as <see cref="StageTiming"/> names it (load, parse, … write), as it starts.</summary>
    public Action<string>? StageStarting { get; init; }

    /// <summary>The day the UPR calendar counts from (<c>--date</c>); null: SOURCE_DATE_EPOCH, else today (<see cref="Compute.BuildDate"/>).</summary>
    public DateOnly? Today { get; init; }

    public string ResolvedPdfCacheDir =>
        PdfCacheDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputDir).TrimEnd(Path.DirectorySeparatorChar))!, ".uprsite", "pdf-cache");
}
