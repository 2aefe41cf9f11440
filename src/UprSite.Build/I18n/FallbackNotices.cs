using UprSite.Build.Pages.Models;
using UprSite.Core.Model;

namespace UprSite.Build.I18n;

/// <summary>
/// The notice on a page that falls back to another language, written in the reader's language from the UI strings
/// <c>fallback.factsheet</c>, <c>fallback.page</c> and <c>fallback.link</c> with <c>{language}</c> and <c>{original}</c>
/// replaced by language names from <c>language.&lt;code&gt;</c>.
/// </summary>
public sealed class FallbackNotices(StringTable strings)
{
    /// <param name="kind">factsheet or page: which notice text to use.</param>
    public FallbackView For(string kind, Language reader, Language original, string hrefToOriginal)
    {
        var language = NameOf(reader, reader);
        var originalName = NameOf(reader, original);
        var notice = strings.Get(reader.Code, $"fallback.{kind}")
            .Replace("{language}", language, StringComparison.Ordinal)
            .Replace("{original}", originalName, StringComparison.Ordinal);
        var link = strings.Get(reader.Code, "fallback.link").Replace("{original}", originalName, StringComparison.Ordinal);
        return new FallbackView(notice, link, hrefToOriginal, original.Code);
    }

    /// <summary>The name of <paramref name="named"/> in the reader's language, else the language's own label.</summary>
    private string NameOf(Language reader, Language named)
    {
        var key = $"language.{named.Code}";
        var name = strings.Get(reader.Code, key);
        return name == key ? named.Label : name;
    }
}
