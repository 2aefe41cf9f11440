using UprSite.Build.Content.Yaml;
using UprSite.Build.I18n;
using UprSite.Build.Pages.Data;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// The words of the theme's own UI strings (theme/i18n/en, fr, km), for calling the sentence builders directly with
/// the counts a test chooses, in English (en-GB), French (fr-FR) or Khmer (km-KH), in Latin digits unless told.
/// </summary>
public static class ThemeLabels
{
    public static readonly string[] Languages = ["en", "fr", "km"];

    private static readonly Lazy<StringTable> Table = new(() => new StringTable(
        Languages.ToDictionary(l => l, l => Read(l)), "en", "theme/i18n"));

    public static DataLabels For(string language, DigitStyle digits = DigitStyle.Latin) => new(Table.Value, (language switch
    {
        "en" => new Language("en", "English", "en-GB", TextDirection.Ltr, true),
        "fr" => new Language("fr", "Français", "fr-FR", TextDirection.Ltr, false),
        _ => new Language("km", "ខ្មែរ", "km-KH", TextDirection.Ltr, false),
    }) with { Digits = digits });

    /// <summary>The theme's table of <paramref name="language"/>, flattened (data.summary.states.one → text).</summary>
    public static IReadOnlyDictionary<string, string> Read(string language)
    {
        var path = Path.Combine(RepoPaths.Theme, "i18n", $"{language}.yml");
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read(File.ReadAllText(path), path, 1, diagnostics);
        if (map is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.Items));
        }

        return map.Flatten().ToDictionary(e => e.Key, e => e.Value);
    }
}
