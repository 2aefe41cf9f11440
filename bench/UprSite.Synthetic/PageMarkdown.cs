using System.Globalization;
using System.Text;

namespace UprSite.Synthetic;

/// <summary>The site's two pages in one language: "about" (linking to the first countries and to "method") and "method".</summary>
public static class PageMarkdown
{
    public static string About(IReadOnlyList<SyntheticCountry> countries, SyntheticLanguage language, Random random)
    {
        var prose = new Prose(language, random);
        var md = new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {Text.Yaml(language.Code switch { "fr" => "À propos", "km" => "អំពីយើង", _ => "About" })}\n")
            .Append("---\n")
            .Append(prose.Paragraph(4)).Append("\n\n");
        foreach (var country in countries.Take(5))
        {
            md.Append(CultureInfo.InvariantCulture, $"- [{country.State.Name(language.Code)}](/{language.Code}/countries/{country.Folder}/)\n");
        }

        return md.Append(CultureInfo.InvariantCulture, $"\n{prose.Paragraph(2)} [→](/{language.Code}/pages/method/)\n").ToString();
    }

    public static string Method(SyntheticLanguage language, Random random)
    {
        var prose = new Prose(language, random);
        var md = new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {Text.Yaml(language.Code switch { "fr" => "Méthode", "km" => "វិធីសាស្ត្រ", _ => "Method" })}\n")
            .Append("---\n");
        for (var i = 0; i < 4; i++)
        {
            md.Append(prose.Paragraph(3)).Append("\n\n");
        }

        return md.ToString();
    }
}
