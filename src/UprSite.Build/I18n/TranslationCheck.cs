using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.I18n;

/// <summary>
/// Finds what each language lacks: factsheets and pages with no translation (their readers get a fallback page),
/// and texts of site.yml and country.yml given in some languages only. Each gap is a warning naming the file to
/// write or the key to add.
/// </summary>
public sealed class TranslationCheck(Site site, string inputRoot)
{
    private readonly SiteSettings _settings = site.Settings;

    /// <summary>Per language, the files and texts it lacks, and one warning per gap.</summary>
    public TranslationGaps Run()
    {
        var gaps = _settings.Languages.ToDictionary(l => l.Code, _ => (Content: new List<string>(), Texts: new List<string>()));
        var diagnostics = new List<Diagnostic>();
        foreach (var country in site.Countries)
        {
            foreach (var translations in country.Factsheets.GroupBy(f => f.Slug))
            {
                MissingContent("factsheet", $"'{translations.Key}' of {country.Code}", translations.Select(f => (f.Language, f.Source)).ToList(), gaps, diagnostics);
            }

            var countryFile = $"{inputRoot}/countries/{country.Code}/country.yml";
            MissingText(countryFile, "names", country.Name, gaps, diagnostics);
            MissingText(countryFile, "summary", country.Summary, gaps, diagnostics);
        }

        foreach (var translations in site.Pages.GroupBy(p => p.Name))
        {
            MissingContent("page", $"'{translations.Key}'", translations.Select(p => (p.Language, p.Source)).ToList(), gaps, diagnostics);
        }

        var siteFile = $"{inputRoot}/site.yml";
        MissingText(siteFile, "title", _settings.Title, gaps, diagnostics);
        MissingText(siteFile, "description", _settings.Description, gaps, diagnostics);
        MissingText(siteFile, "coalition: name", _settings.Coalition.Name, gaps, diagnostics);
        MissingText(siteFile, "licence", _settings.Licence ?? LocalizedText.Empty, gaps, diagnostics);
        return new TranslationGaps(
            gaps.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value.Content),
            gaps.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value.Texts),
            diagnostics);
    }

    private void MissingContent(string kind, string name, List<(string Language, SourceRef Source)> written,
        Dictionary<string, (List<string> Content, List<string> Texts)> gaps, List<Diagnostic> diagnostics)
    {
        var origin = written.FirstOrDefault(w => w.Language == _settings.DefaultLanguage.Code);
        if (origin.Source is null)
        {
            origin = written.OrderBy(w => _settings.Languages.ToList().FindIndex(l => l.Code == w.Language)).First();
        }

        var originLanguage = _settings.FindLanguage(origin.Language)!;
        foreach (var language in _settings.Languages.Where(l => written.All(w => w.Language != l.Code)))
        {
            var file = FileIn(origin.Source.Path, language.Code);
            gaps[language.Code].Content.Add(file);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingTranslation,
                $"the {kind} {name} has no {language.Label} ({language.Code}) translation; its {language.Code} page shows the {originLanguage.Label} text with a notice until you add {file}",
                origin.Source.Path));
        }
    }

    private void MissingText(string file, string key, LocalizedText text,
        Dictionary<string, (List<string> Content, List<string> Texts)> gaps, List<Diagnostic> diagnostics)
    {
        // A single text (title: Test) is read as every language's ("*"): nothing to translate.
        if (text.IsEmpty || text.Has("*"))
        {
            return;
        }

        foreach (var language in _settings.Languages.Where(l => !text.Has(l.Code)))
        {
            gaps[language.Code].Texts.Add($"{file}: {key}");
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingLocalizedText,
                $"'{key}' has no {language.Label} ({language.Code}) text, so {language.Code} pages show another language's; add '{language.Code}: …' under '{key}'",
                file));
        }
    }

    /// <summary>land.en.md → land.km.md; a file without a language suffix (land.md) → land.km.md.</summary>
    private string FileIn(string originPath, string language)
    {
        var slash = originPath.LastIndexOf('/') + 1;
        var stem = originPath[slash..^".md".Length];
        var dot = stem.LastIndexOf('.');
        if (dot >= 0 && _settings.FindLanguage(stem[(dot + 1)..]) is not null)
        {
            stem = stem[..dot];
        }

        return $"{originPath[..slash]}{stem}.{language}.md";
    }
}
