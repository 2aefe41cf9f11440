using System.Text.RegularExpressions;
using UprSite.Build.I18n;
using UprSite.Build.Content.Yaml;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.I18n;

/// <summary>The theme's UI strings: every English key is translated into Khmer and French.</summary>
public sealed partial class UiStringTableTests
{
    [Theory]
    [InlineData("km")]
    [InlineData("fr")]
    public void Every_key_of_the_English_table_has_a_translation(string language)
    {
        var english = Read("en");
        var translated = Read(language);
        var strings = new UiStrings(new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = english, [language] = translated }, "en", "i18n");

        var missing = MissingStrings.Keys(strings, [], language);
        Assert.True(missing.Count == 0, $"theme/i18n/{language}.yml lacks: {string.Join(", ", missing)}");
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language}: {pair.Key} is empty"));
    }

    [Theory]
    [InlineData("km")]
    [InlineData("fr")]
    public void Translations_keep_the_placeholders_of_the_English_text(string language)
    {
        var english = Read("en");
        var translated = Read(language);

        foreach (var (key, text) in english.Where(p => p.Value.Contains('{')))
        {
            foreach (var placeholder in new[] { "{language}", "{original}" }.Where(text.Contains))
            {
                Assert.True(translated[key].Contains(placeholder, StringComparison.Ordinal), $"{language}: {key} lacks {placeholder}");
            }
        }
    }

    [Fact]
    public void Khmer_strings_are_written_in_Khmer_script()
    {
        var khmer = Read("km");

        // A format made only of placeholders and punctuation ("{number}. {name}") has no words to translate.
        var latinOnly = khmer.Select(p => (p.Key, Words: Placeholder().Replace(p.Value, string.Empty)))
            .Where(p => p.Words.Any(char.IsLetter) && !p.Words.Any(c => c is >= '\u1780' and <= '\u17FF'))
            .Select(p => p.Key).ToList();
        Assert.True(latinOnly.Count == 0, $"these Khmer strings hold no Khmer letter: {string.Join(", ", latinOnly)}");
    }

    /// <summary>Every sentence with {count} is a plural form, and each language gives exactly the forms its rule uses.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("km")]
    public void Every_string_with_a_count_has_the_plural_forms_its_language_needs(string language)
    {
        var table = Read(language);

        var notPlural = table.Where(p => p.Value.Contains("{count}", StringComparison.Ordinal) && PluralKeys.Split(p.Key, table) is null)
            .Select(p => p.Key).ToList();
        Assert.True(notPlural.Count == 0, $"{language}: sentences with {{count}} that are not plural forms: {string.Join(", ", notPlural)}");

        var stems = table.Keys.Select(k => PluralKeys.Split(k, table)).OfType<(string Stem, int Levels)>().Distinct().ToList();
        Assert.NotEmpty(stems);
        foreach (var (stem, levels) in stems)
        {
            var required = PluralKeys.FormsOf(stem, levels, language).ToHashSet();
            // A form for one exact number ('=0': "none supported") is optional beside the categories.
            var written = table.Keys.Where(k => PluralKeys.Split(k, table) == (stem, levels) && !k.Split('.').Any(PluralKeys.IsExact)).ToHashSet();
            Assert.True(required.SetEquals(written),
                $"{language}: {stem} has the forms {string.Join(", ", written.Order())}; its rule needs {string.Join(", ", required.Order())}");
        }
    }

    private static Dictionary<string, string> Read(string language)
    {
        var path = Path.Combine(RepoPaths.Theme, "i18n", $"{language}.yml");
        var diagnostics = new DiagnosticList();
        var map = YamlDocumentReader.Read(File.ReadAllText(path), path, 1, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return map!.Flatten().ToDictionary(e => e.Key, e => e.Value);
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();
}
