using UprSite.Build.Content;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Validation;

/// <summary>Validate: the rules that span files. Attaches factsheets to their countries and returns the site model.</summary>
public static class SiteValidator
{
    /// <param name="memory">The previous build's countries (serve): a country whose files are unchanged is taken again.</param>
    public static Site Validate(ParsedSite parsed, DiagnosticList diagnostics, Pipeline.Reuse.ValidationMemory? memory = null)
    {
        var defaultLanguage = parsed.Settings.DefaultLanguage.Code;
        var factsheets = Distinct(parsed.Factsheets, f => $"{f.CountryCode}/{f.Slug}.{f.Language}", f => f.Source, diagnostics);
        var pages = Distinct(parsed.Pages, p => $"{p.Name}.{p.Language}", p => p.Source, diagnostics);

        foreach (var group in factsheets.GroupBy(f => (f.CountryCode, f.Slug)))
        {
            WarnWithoutOrigin(group.ToList(), f => f.Language, f => f.Source, defaultLanguage, diagnostics);
        }

        foreach (var group in pages.GroupBy(p => p.Name))
        {
            WarnWithoutOrigin(group.ToList(), p => p.Language, p => p.Source, defaultLanguage, diagnostics);
        }

        var countryCodes = parsed.Countries.Select(c => c.Code).ToHashSet();
        foreach (var orphan in factsheets.Where(f => !countryCodes.Contains(f.CountryCode)))
        {
            // The missing country.yml was already reported; the factsheet cannot be placed without it.
            factsheets = factsheets.Remove(orphan);
        }

        var countries = parsed.Countries
            .Select(c =>
            {
                var own = factsheets.Where(f => f.CountryCode == c.Code)
                    .OrderBy(f => f.Slug, StringComparer.Ordinal).ThenBy(f => f.Language, StringComparer.Ordinal).ToList();
                return memory is null
                    ? CountryDataValidator.Attach(c with { Factsheets = own }, parsed, diagnostics)
                    : memory.Attach(c, own, parsed, diagnostics);
            })
            .ToList();
        return new Site(parsed.Settings, countries,
            pages.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Language, StringComparer.Ordinal).ToList());
    }

    private static System.Collections.Immutable.ImmutableList<T> Distinct<T>(
        IEnumerable<T> items, Func<T, string> key, Func<T, SourceRef> source, DiagnosticList diagnostics)
    {
        var kept = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (kept.TryGetValue(key(item), out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateContent,
                    $"this file makes the same page as {source(first).Path}; a file without a language suffix belongs to the default language, so keep only one of them",
                    source(item).Path));
                continue;
            }

            kept[key(item)] = item;
        }

        return [.. kept.Values];
    }

    private static void WarnWithoutOrigin<T>(
        List<T> translations, Func<T, string> language, Func<T, SourceRef> source, string defaultLanguage, DiagnosticList diagnostics)
    {
        if (translations.Any(t => language(t) == defaultLanguage))
        {
            return;
        }

        foreach (var translation in translations)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingTranslationOrigin,
                $"there is no version of this in the default language '{defaultLanguage}'; readers of that language will not find it",
                source(translation).Path));
        }
    }
}
