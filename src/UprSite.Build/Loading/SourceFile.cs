using System.Text;

namespace UprSite.Build.Loading;

/// <summary>A file read from input/ or theme/, held in memory.</summary>
/// <param name="Path">Path inside its root folder, with '/' separators (countries/kh/country.yml).</param>
/// <param name="DisplayPath">Path as the user sees it in diagnostics (input/countries/kh/country.yml).</param>
public sealed class SourceFile(string path, string displayPath, byte[] bytes)
{
    private string? _text;

    public string Path { get; } = path;

    public string DisplayPath { get; } = displayPath;

    public byte[] Bytes { get; } = bytes;

    /// <summary>The file as UTF-8 text without a byte-order mark and with LF line endings.</summary>
    public string Text => _text ??= new UTF8Encoding(false).GetString(Bytes).TrimStart('\uFEFF').ReplaceLineEndings("\n");
}
