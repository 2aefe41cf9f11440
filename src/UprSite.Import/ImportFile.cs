namespace UprSite.Import;

/// <summary>A file to import, held in memory.</summary>
/// <param name="Path">Its path or name; the extension is the last word on a file whose content says nothing.</param>
/// <param name="DisplayPath">The path diagnostics name (input/countries/kh/recommendations/rows.csv).</param>
public sealed record ImportFile(string Path, string DisplayPath, byte[] Bytes);
