using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.I18n;

/// <summary>A locale the culture data does not know would get invariant dates and numbers: an error at its line.</summary>
public sealed class LocaleDataTests
{
    [Fact]
    public void A_misspelt_locale_is_an_error_at_its_line_and_key()
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", """
            title: {en: Test, fr: Essai}
            languages:
              - {code: en, label: English, locale: en-UK, default: true}
              - {code: fr, label: Français, locale: fr-FR}
            """);

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLocale.Id);
        Assert.True(error.IsError);
        Assert.EndsWith("site.yml", error.File, StringComparison.Ordinal);
        Assert.Equal((3, 32), (error.Line, error.Column));
        Assert.Contains("'en-UK'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_locale_whose_code_the_data_does_not_know_is_an_error_at_its_code()
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", """
            title: {en: Test, tet: Teste}
            languages:
              - {code: en, label: English, default: true}
              - {code: tet, label: Tetun}
            """);

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLocale.Id);
        Assert.Equal(4, error.Line);
        Assert.Contains("pt-TL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_locales_and_a_known_fallback_for_an_unknown_language_build()
    {
        using var site = new TestSite(withCountry: false).Write("site.yml", """
            title: {en: Test, tet: Teste}
            languages:
              - {code: en, label: English, locale: en-GB, default: true}
              - {code: tet, label: Tetun, locale: pt-TL}
            """);

        Assert.DoesNotContain(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.UnknownLocale.Id);
    }
}
