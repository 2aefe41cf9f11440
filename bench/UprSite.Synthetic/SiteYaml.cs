using System.Globalization;
using System.Text;

namespace UprSite.Synthetic;

/// <summary>
/// site.yml of the made-up network: its languages (the first the default), a fictional coalition, and without
/// <paramref name="briefs"/> print.briefs: false.
/// </summary>
public static class SiteYaml
{
    public static string For(IReadOnlyList<SyntheticLanguage> languages, int countries, bool briefs)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["en"] = $"Synthetic UPR network ({countries} countries)",
            ["fr"] = $"Réseau EPU synthétique ({countries} pays)",
            ["km"] = $"បណ្តាញ UPR សំយោគ ({countries} ប្រទេស)",
        };
        var yaml = new StringBuilder("title:\n");
        foreach (var language in languages)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  {language.Code}: {Text.Yaml(titles[language.Code])}\n");
        }

        yaml.Append("description:\n");
        foreach (var language in languages)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  {language.Code}: {Text.Yaml(titles[language.Code] + " — made-up input for UprSite's benchmark")}\n");
        }

        yaml.Append("base_url: https://synthetic.example.org\nlanguages:\n");
        for (var i = 0; i < languages.Count; i++)
        {
            var language = languages[i];
            yaml.Append(CultureInfo.InvariantCulture, $"  - code: {language.Code}\n    label: {Text.Yaml(language.Label)}\n    locale: {language.Locale}\n");
            yaml.Append(i == 0 ? "    default: true\n" : string.Empty).Append(language.Code == "km" ? "    digits: native\n" : string.Empty);
        }

        yaml.Append("coalition:\n  name:\n");
        foreach (var language in languages)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"    {language.Code}: {Text.Yaml(titles[language.Code])}\n");
        }

        return yaml.Append("  members:\n    - Synthetic member one (fictional)\n    - Synthetic member two (fictional)\n")
            .Append("  contact: network@example.org\nprint:\n  paper: A4\n  max_pages: 2\n")
            .Append(briefs ? string.Empty : "  briefs: false\n").ToString();
    }
}
