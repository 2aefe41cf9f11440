using System.Collections.Concurrent;
using System.Globalization;
using UprSite.Build.I18n;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Text;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>UI words for the recommendation data in one language: responses, statuses, categories, sentences with {placeholders}.</summary>
public sealed class DataLabels(StringTable strings, Language language)
{
    // A site names the same few hundred States on every page; resolving a name folds it and looks it up each time.
    private static readonly ConcurrentDictionary<string, StateResolution> Resolved = new(StringComparer.Ordinal);

    public LocaleFormat Format { get; } = new(language);

    public CultureInfo Culture { get; } = CultureFor(language.Locale);

    /// <summary>The page's language code.</summary>
    public string Language => language.Code;

    public string T(string key) => strings.Get(language.Code, key);

    /// <summary>The UI string <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Fill(string key, params (string Name, string Value)[] values) => Placeholders(T(key), values);

    /// <summary>
    /// The plural form of <paramref name="key"/> for <paramref name="count"/>, with {count} and each {name} filled:
    /// a whole sentence per form, so a translator can reorder it.
    /// </summary>
    public string Count(string key, int count, params (string Name, string Value)[] values) =>
        Placeholders(strings.Plural(language.Code, key, count), [("count", Format.Number(count)), .. values]);

    /// <summary>
    /// A sentence with two numbers that each need agreement: the form for <paramref name="count"/>, then for
    /// <paramref name="second"/> (<c>key.one.other</c>…), with {count} and each {name} filled.
    /// </summary>
    public string Count(string key, int count, int second, params (string Name, string Value)[] values) =>
        Placeholders(strings.Plural(language.Code, key, count, second), [("count", Format.Number(count)), .. values]);

    /// <summary>
    /// The key of the sentence <paramref name="key"/> whose subject is <paramref name="subject"/>: its
    /// <c>_plural_subject</c> form when the name takes a plural verb in the page's language and the language writes
    /// that form (French "les Philippines l'ont acceptée"), else <paramref name="key"/> itself. A whole sentence per
    /// form, so that a translator can reorder it; for a plural group, <paramref name="key"/> is its stem.
    /// </summary>
    public string About(PlaceNameForms subject, string key) =>
        subject.TakesPluralVerb && strings.Defines(language.Code, key + PluralSubject) ? key + PluralSubject : key;

    /// <summary>What a sentence key ends with for a subject that takes a plural verb (<see cref="About"/>).</summary>
    public const string PluralSubject = "_plural_subject";

    private static string Placeholders(string text, (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// A recommending State as the page names it: the State's UN name in the page's language; for a source that is no
    /// State its words ("source not recorded", "European Union"), never the raw cell; any other name as written.
    /// </summary>
    public string StateName(string recommendingState)
    {
        var resolved = Resolve(recommendingState);
        return resolved.State?.Name(language.Code)
            ?? (resolved.NonState is { } source ? T("data.non_state." + source.Key) : recommendingState);
    }

    /// <summary>
    /// The recommending State's name in every form the page's sentences and headings put it ("du Tchad", "par la
    /// Chine"), from its name for running text ("the Netherlands", not the UN's "Netherlands (Kingdom of the)":
    /// <see cref="RunningTextNames"/>).
    /// </summary>
    public PlaceNameForms StateForms(string recommendingState)
    {
        var resolved = Resolve(recommendingState);
        var name = resolved.State is { } state ? RunningTextNames.Of(state, language.Code) : StateName(recommendingState);
        return PlaceNameForms.In(language.Code, name, resolved.State?.French ?? NonStateGrammar(resolved.NonState),
            EnglishArticle.Takes(resolved.State?.Alpha2));
    }

    private static StateResolution Resolve(string name) => Resolved.GetOrAdd(name, UnStates.Resolve);

    /// <summary>The country under review, named as its country.yml names it, in every form (grammar from its ISO code).</summary>
    public PlaceNameForms CountryForms(Country country, string name) =>
        PlaceNameForms.In(language.Code, name, UnStates.ByAlpha2(country.Code)?.French, EnglishArticle.Takes(country.Code));

    private static FrenchGrammar? NonStateGrammar(NonStateSource? source) => source?.Key switch
    {
        "european-union" or "united-nations" => new(FrenchArticle.Feminine, FrenchGender.Feminine, true),
        "sovereign-order-of-malta" => new(FrenchArticle.Masculine, FrenchGender.Masculine, true),
        null => null,
        _ => new(FrenchArticle.None, FrenchGender.Feminine, false),
    };

    /// <summary>"a, b and c" in the page's language (data.list.separator, data.list.last).</summary>
    public string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => Fill("data.list.last", ("items", string.Join(T("data.list.separator"), items.Take(items.Count - 1))), ("last", items[^1])),
    };

    /// <summary>A UPR Info issue's name in the page's language (<see cref="UprIssueNames"/>).</summary>
    public string Issue(string issue) => UprIssueNames.Name(issue, language.Code);

    /// <summary>A Universal Human Rights Index theme in the page's language, or as the source writes it marked English (<see cref="UhriThemes"/>).</summary>
    public ThemeName UhriTheme(string theme) => UhriThemes.Name(theme, language.Code);

    /// <summary>A group of affected persons in the page's language, or as the source writes it marked English (<see cref="AffectedPersonNames"/>).</summary>
    public ThemeName AffectedPersons(string group) => AffectedPersonNames.Name(group, language.Code);

    /// <summary>
    /// "en" on a page in another language: the lang of recommendation and pledge texts, which every source this tool
    /// reads gives in the UN's English; null on English pages.
    /// </summary>
    public string? ForeignTextLang => language.Code == "en" ? null : "en";

    public string Cycle(int cycle) => Fill("data.cycle_label", ("cycle", Format.Number(cycle)));

    public string Response(Response response) => T("data.response." + ResponseVocabulary.Key(response));

    public string Status(ImplementationStatus? status) => T("data.status." + ImplementationStatusVocabulary.Key(status));

    public string Category(ActionCategory? category) =>
        CategoryName(category is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "none");

    /// <summary>"4 – General action" by the category's key (1 to 5, or none), its number in the page's digits.</summary>
    public string CategoryName(string key) => Format.Digits(T("data.category." + key));

    /// <summary>The CSS custom property that colours a status (theme/assets/css/tokens.css).</summary>
    public static string StatusColour(ImplementationStatus? status) => $"var(--status-{ImplementationStatusVocabulary.Key(status)})";

    private static CultureInfo CultureFor(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
