using UprSite.Build.Tests.Support;
using UprSite.Core.Diagnostics;
using UprSite.TestSupport;

namespace UprSite.Build.Tests.I18n;

/// <summary><c>uprsite check</c> lists, per language, the files, texts and UI strings still to translate.</summary>
public sealed class TranslationCheckTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void A_factsheet_without_a_Khmer_version_is_a_warning_naming_the_file_to_write()
    {
        _site.Write("countries/kh/factsheets/land.en.md", FactsheetText.Of("Land", "Context."));

        var result = _site.Build(write: false);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingTranslation.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("input/countries/kh/factsheets/land.en.md", warning.File.Replace('\\', '/'));
        Assert.Contains("countries/kh/factsheets/land.km.md", warning.Message);
        Assert.Contains("(km)", warning.Message);
        var khmer = result.LanguageGaps.Single(g => g.Language == "km");
        Assert.Single(khmer.Content, f => f.EndsWith("countries/kh/factsheets/land.km.md", StringComparison.Ordinal));
        Assert.True(result.LanguageGaps.Single(g => g.Language == "en").IsComplete);
    }

    [Fact]
    public void A_translated_factsheet_is_not_reported()
    {
        _site.Write("countries/kh/factsheets/land.en.md", FactsheetText.Of("Land", "Context."))
            .Write("countries/kh/factsheets/land.km.md", FactsheetText.Of("ដីធ្លី", "បរិបទ។", "សំណួរ", "អនុសាសន៍"));

        var result = _site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingTranslation.Id);
        Assert.Empty(result.LanguageGaps.Single(g => g.Language == "km").Content);
    }

    [Fact]
    public void A_UI_string_added_in_English_only_is_listed_for_Khmer()
    {
        _site.Write("i18n/en.yml", "footer:\n  licence: Texts under CC BY 4.0\n");

        var result = _site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingString.Id);
        Assert.Contains("'footer.licence'", warning.Message);
        Assert.EndsWith("i18n/km.yml", warning.File);
        Assert.Equal(["footer.licence"], result.LanguageGaps.Single(g => g.Language == "km").UiStrings);
    }

    [Fact]
    public void A_site_title_without_a_Khmer_text_is_reported_in_site_yml()
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml.Replace("title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង}", "title: {en: Test Coalition}"));

        var result = _site.Build(write: false);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingLocalizedText.Id);
        Assert.EndsWith("input/site.yml", warning.File.Replace('\\', '/'));
        Assert.Contains("'title'", warning.Message);
        Assert.Contains("km", warning.Message);
    }

    [Fact]
    public void A_single_title_for_every_language_needs_no_translation()
    {
        _site.Write("site.yml", TestSite.MinimalSiteYml.Replace("title: {en: Test Coalition, km: សម្ព័ន្ធសាកល្បង}", "title: Test Coalition"));

        var result = _site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingLocalizedText.Id);
        Assert.Empty(result.LanguageGaps.Single(g => g.Language == "km").Texts);
    }

    public void Dispose() => _site.Dispose();
}
