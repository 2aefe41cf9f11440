using System.Text;

namespace UprSite.Build.Sources;

/// <summary>A file read from input/ or theme/, held in memory.</summary>
/// <param name="Path">Path inside its root folder, with '/' separators (countries/kh/country.yml).</param>
/// <param name="DisplayPath">Path as the user sees it in diagnostics (input/countries/kh/country.yml).</param>
public sealed class SourceFile(string path, string displayPath, byte[] bytes)
{
    private string? _text;

    public string Path { get; } = path;

    public string DisplayPath { get; } = displayPath;

    public byte[] Bytes { get; } = bytes;

    /// <summary>
    /// The file as UTF-8 text without a byte-order mark and with LF line endings. Bytes that are not UTF-8 become
    /// U+FFFD, and so does U+FFFE, a byte-swapped mark that is never text and that .NET's Unicode normalization (which
    /// Markdig's heading ids go through) refuses by throwing.
    /// </summary>
    public string Text => _text ??= new UTF8Encoding(false).GetString(Bytes).TrimStart('\uFEFF').Replace('\uFFFE', '\uFFFD').ReplaceLineEndings("\n");
}
