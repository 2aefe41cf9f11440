using System.Text;
using UprSite.Core.Model;

namespace UprSite.Build.Output;

/// <summary>
/// Netlify's <c>_redirects</c> file: a reader who opens <c>/</c> is sent (302) to the home page in their browser's
/// language when the site has it; anyone else gets <c>/index.html</c>, which lists the languages. Only <c>/</c> is
/// redirected, so every other address stays stable and shareable. The rules are forced (<c>!</c>) because
/// <c>/index.html</c> exists and Netlify would otherwise serve it.
/// </summary>
public static class LanguageRedirects
{
    public const string FileName = "_redirects";

    /// <param name="ownRules">A <c>_redirects</c> the coalition keeps in input/static/, placed before the generated rules.</param>
    public static byte[] Write(SiteSettings settings, byte[]? ownRules = null)
    {
        var text = new StringBuilder();
        if (ownRules is { Length: > 0 })
        {
            text.Append(Encoding.UTF8.GetString(ownRules).TrimEnd('\n')).Append('\n');
        }

        text.Append("# Written by uprsite from the languages in site.yml: / goes to the reader's language (Accept-Language).\n");
        // Netlify tries rules top down and takes the first whose language the browser accepts at all; browsers
        // often list English after the reader's own language, so the default language comes last.
        foreach (var language in settings.Languages.OrderBy(l => l.IsDefault))
        {
            text.Append($"/  /{language.Code}/  302!  Language={language.Code}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
