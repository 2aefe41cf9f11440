using UprSite.Build.Content.Yaml;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.I18n;

/// <summary>
/// Reads the UI strings of one language: theme/i18n/&lt;lang&gt;.yml, then input/i18n/&lt;lang&gt;.yml key by key
/// over it. Nested groups are flattened with dots (<c>nav: {home: …}</c> is <c>nav.home</c>).
/// </summary>
public static class StringTableParser
{
    public static IReadOnlyDictionary<string, string> Parse(string language, SourceSet sources, DiagnosticList diagnostics)
    {
        var strings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var path = $"i18n/{language}.yml";
        foreach (var file in new[] { sources.Theme.GetValueOrDefault(path), sources.Input.GetValueOrDefault(path) })
        {
            if (file is null || YamlDocumentReader.Read(file.Text, file.DisplayPath, 1, diagnostics) is not { } map)
            {
                continue;
            }

            foreach (var (key, value, _) in map.Flatten())
            {
                strings[key] = value;
            }
        }

        return strings;
    }
}
