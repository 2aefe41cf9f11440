using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.I18n;

/// <summary>site.yml <c>digits:</c> per language.</summary>
public sealed class LanguageSettingsTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void Native_digits_are_read_per_language()
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml.Replace("locale: km-KH}", "locale: km-KH, digits: native}"));

        var site = _site.Build(write: false).Site!;

        Assert.Equal(DigitStyle.Native, site.Settings.FindLanguage("km")!.Digits);
        Assert.Equal(DigitStyle.Latin, site.Settings.FindLanguage("en")!.Digits);
    }

    [Theory]
    [InlineData("{code: fr, label: Français, locale: fr-FR, digits: native}", "'digits: native' is not known for language 'fr'")]
    [InlineData("{code: fr, label: Français, locale: fr-FR, digits: roman}", "'digits' should be latin or native, not 'roman'")]
    public void Unknown_digit_styles_are_errors_at_their_line(string entry, string message)
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml + "\n  - " + entry + "\n");

        var result = _site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InvalidSiteConfig.Id, error.Code);
        Assert.Contains(message, error.Message);
        Assert.Equal(6, error.Line);
    }

    public void Dispose() => _site.Dispose();
}
