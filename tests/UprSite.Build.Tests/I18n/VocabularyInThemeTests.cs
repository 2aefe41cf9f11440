using System.Text.RegularExpressions;
using UprSite.Build.Content.Yaml;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The theme spells responses and statuses with Core's keys only: each key has its words in every theme language and
/// its one colour, and the stylesheets colour statuses through those custom properties, never with a value of their own.
/// </summary>
public sealed partial class VocabularyInThemeTests
{
    public static TheoryData<string> Languages => new() { "en", "km", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_response_and_status_key_has_its_words(string language)
    {
        var strings = Strings(language);

        Assert.All(ResponseVocabulary.Keys, key => Assert.True(strings.ContainsKey($"data.response.{key}"), $"{language}: data.response.{key}"));
        Assert.All(ImplementationStatusVocabulary.Keys, key => Assert.True(strings.ContainsKey($"data.status.{key}"), $"{language}: data.status.{key}"));
        Assert.DoesNotContain(strings.Keys, k => k.StartsWith("factsheet.status_", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_key_has_one_colour_and_no_stylesheet_colours_a_status_itself()
    {
        var colours = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "tokens.css"));
        var declared = Declaration().Matches(colours).Select(m => m.Groups[1].Value).ToList();

        Assert.All(ResponseVocabulary.Keys, key => Assert.Single(declared, key));
        Assert.All(ImplementationStatusVocabulary.Keys, key => Assert.Single(declared, $"status-{key}"));
        foreach (var sheet in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "assets", "css"), "*.css"))
        {
            var rules = StatusRule().Matches(File.ReadAllText(sheet)).Select(m => m.Value).ToList();
            Assert.All(rules, rule => Assert.Matches(@"var\(--status-[a-z-]+\)", rule));
            Assert.All(rules, rule => Assert.Contains(ImplementationStatusVocabulary.Keys, key => rule.Contains($".status-{key} ", StringComparison.Ordinal)));
        }
    }

    private static Dictionary<string, string> Strings(string language)
    {
        var path = Path.Combine(RepoPaths.Theme, "i18n", $"{language}.yml");
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read(File.ReadAllText(path), path, 1, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return map!.Flatten().ToDictionary(e => e.Key, e => e.Value);
    }

    [GeneratedRegex(@"^\s*--([a-z0-9-]+)\s*:", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    /// <summary>A rule whose selector names a status class and which sets a colour.</summary>
    [GeneratedRegex(@"[^{}]*\.status-(?!badge|ink)[a-z-]+ [^{}]*\{[^}]*(?:background|color)[^}]*\}")]
    private static partial Regex StatusRule();
}
