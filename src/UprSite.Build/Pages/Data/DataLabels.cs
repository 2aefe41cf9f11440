using System.Globalization;
using UprSite.Build.I18n;
using UprSite.Core.Model;
using UprSite.Core.Recommendations;

namespace UprSite.Build.Pages.Data;

/// <summary>UI words for the recommendation data in one language: responses, statuses, categories, sentences with {placeholders}.</summary>
public sealed class DataLabels(StringTable strings, Language language)
{
    public LocaleFormat Format { get; } = new(language);

    public CultureInfo Culture { get; } = CultureFor(language.Locale);

    public string T(string key) => strings.Get(language.Code, key);

    /// <summary>The UI string <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Fill(string key, params (string Name, string Value)[] values)
    {
        var text = T(key);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public string Cycle(int cycle) => Fill("data.cycle_label", ("cycle", Format.Number(cycle)));

    public string Response(Response response) => T("data.response." + ResponseKey(response));

    public string Status(ImplementationStatus? status) => T("data.status." + StatusKey(status));

    public string Category(ActionCategory? category) =>
        category is { } c ? T("data.category." + ((int)c).ToString(CultureInfo.InvariantCulture)) : T("data.category.none");

    public static string ResponseKey(Response response) => response switch
    {
        Core.Recommendations.Response.Supported => "supported",
        Core.Recommendations.Response.Noted => "noted",
        _ => "pending",
    };

    /// <summary>The status as CSS classes, filters, CSV and JSON spell it; "not-assessed" when there is no rating.</summary>
    public static string StatusKey(ImplementationStatus? status) => status switch
    {
        ImplementationStatus.FullyImplemented => "fully-implemented",
        ImplementationStatus.PartiallyImplemented => "partially-implemented",
        ImplementationStatus.NotImplemented => "not-implemented",
        ImplementationStatus.NoInformation => "no-information",
        _ => "not-assessed",
    };

    /// <summary>The CSS custom property that colours a status (theme/assets/css/tokens.css).</summary>
    public static string StatusColour(ImplementationStatus? status) => $"var(--status-{StatusKey(status)})";

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
