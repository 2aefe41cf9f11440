using System.Text;
using UprSite.Core.Model;

namespace UprSite.Build.Output;

/// <summary>
/// Netlify's <c>_redirects</c> file. A reader who opens <c>/</c> is sent (302) to the home page in their browser's
/// language when the site has it; anyone else gets <c>/index.html</c>, which lists the languages. Only <c>/</c> is
/// redirected, so every other address stays stable and shareable. The rules are forced (<c>!</c>) because
/// <c>/index.html</c> exists and Netlify would otherwise serve it. An address under a language's folder that names
/// no file is answered with that language's 404 page (status 404); any other unknown address with <c>/404.html</c>.
/// Those rules are not forced, so Netlify applies them only where no file exists.
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

        text.Append("# A missing page is answered in the language of its folder; anywhere else by /404.html (last).\n");
        foreach (var language in settings.Languages)
        {
            text.Append($"/{language.Code}/*  /{language.Code}/404.html  404\n");
        }

        text.Append("/*  /404.html  404\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
