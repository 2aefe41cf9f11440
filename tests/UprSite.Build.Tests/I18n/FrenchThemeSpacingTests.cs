using UprSite.Build.Content.Yaml;
using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Text;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// The theme's French words put a narrow no-break space before <c>: ; ? !</c>: typed already in a string that is a
/// mark alone (<c>punctuation.colon</c>), or left to <see cref="FrenchTypography"/> as an ordinary space, never the wider
/// no-break space (which the typography keeps, as an author's choice).
/// </summary>
public sealed class FrenchThemeSpacingTests
{
    [Fact]
    public void No_french_theme_string_puts_a_wide_no_break_space_before_a_mark()
    {
        var path = Path.Combine(RepoPaths.Theme, "i18n", "fr.yml");
        var diagnostics = new DiagnosticList();
        var strings = YamlDocumentReader.Read(File.ReadAllText(path), path, 1, diagnostics)!.Flatten();

        var wide = strings.Where(e => FrenchTypography.Apply(e.Value) is var text
                && Enumerable.Range(1, Math.Max(text.Length - 1, 0)).Any(i => text[i - 1] == '\u00A0' && ":;?!".Contains(text[i])))
            .Select(e => e.Key).ToList();

        Assert.Empty(wide);
        Assert.Equal("\u202F:", strings.Single(e => e.Key == "punctuation.colon").Value);
    }
}
