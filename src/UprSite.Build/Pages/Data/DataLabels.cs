using System.Globalization;
using UprSite.Build.I18n;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Pages.Data;

/// <summary>UI words for the recommendation data in one language: responses, statuses, categories, sentences with {placeholders}.</summary>
public sealed class DataLabels(StringTable strings, Language language)
{
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
        var resolved = UnStates.Resolve(recommendingState);
        return resolved.State?.Name(language.Code)
            ?? (resolved.NonState is { } source ? T("data.non_state." + source.Key) : recommendingState);
    }

    public string Cycle(int cycle) => Fill("data.cycle_label", ("cycle", Format.Number(cycle)));

    public string Response(Response response) => T("data.response." + ResponseVocabulary.Key(response));

    public string Status(ImplementationStatus? status) => T("data.status." + ImplementationStatusVocabulary.Key(status));

    public string Category(ActionCategory? category) =>
        category is { } c ? T("data.category." + ((int)c).ToString(CultureInfo.InvariantCulture)) : T("data.category.none");

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
