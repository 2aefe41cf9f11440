using UprSite.Core.Reference;

namespace UprSite.Build.Scaffolding;

/// <summary>
/// The files of a new site (<c>uprsite init</c>), besides its factsheet: site.yml with one language, a country.yml
/// to fill in, an about page and a .gitignore. Every value is one the coalition replaces; the site builds with no
/// error as it is, and its only warnings point at the factsheet skeleton's placeholders (UPR0711).
/// </summary>
public static class SiteSkeleton
{
    /// <summary>Labels of the languages a coalition is likely to start with; any other code is its own label.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["en"] = "English", ["fr"] = "Français", ["es"] = "Español", ["ar"] = "العربية", ["ru"] = "Русский",
        ["zh"] = "中文", ["km"] = "ខ្មែរ", ["pt"] = "Português",
    };

    public static readonly string[] GitIgnoreLines = ["_site/", "_site.*/", ".uprsite/"];

    public static string SiteYml(string language)
    {
        var direction = language == "ar" ? ", direction: rtl" : "";
        var another = language == "fr" ? "en" : "fr";
        return $$"""
            # The whole site: its title, languages and coalition. Every key is explained in docs/formats.md of UprSite.
            title: {{{language}}: "Our UPR Coalition"}
            description: {{{language}}: "Advocacy factsheets and the recommendations our State received in the Universal Periodic Review."}
            # The site's public address, for links in sitemaps and printed PDFs. Netlify builds pass their own with --base-url.
            # base_url: https://our-coalition.netlify.app
            languages:
              # Add a line per language; translations then sit beside each file (about.{{another}}.md next to about.{{language}}.md).
              - {code: {{language}}, label: {{Labels.GetValueOrDefault(language, language)}}{{direction}}, default: true}
            coalition:
              name: {{{language}}: "Our UPR Coalition"}
              # members: [Organisation A, Organisation B]
              # contact: contact@our-coalition.org
            print:
              paper: A4        # A4 or Letter
              max_pages: 2     # the most pages one printed factsheet may take
            """ + "\n";
    }

    public static string CountryYml(string language, UnState state) => $$"""
        # The State under Review. This folder's name is its ISO 3166-1 alpha-2 code in lower case ({{state.Alpha2.ToLowerInvariant()}}).
        names: {{{language}}: {{Quoted(state.Name(language))}}}
        # Other names the recommendation exports use for this State, to pick its rows.
        aliases: [{{Quoted(state.EnglishName)}}]
        # summary: {{{language}}: "One or two sentences shown on the country page."}
        # One entry per review, with the totals of the Working Group's report and its addendum, for example:
        #   - cycle: 4
        #     session: 46
        #     date: 2024-05-01
        #     troika: [State A, State B, State C]
        #     documents: {report: A/HRC/…}
        #     declared: {received: 0, supported: 0, noted: 0, source: "Report of the Working Group, A/HRC/…"}
        # Recommendation rows go in recommendations/ beside this file (docs/formats.md, "Recommendation rows").
        reviews: []
        """ + "\n";

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string AboutPage() => """
        ---
        title: About us
        ---
        Who the coalition is, which organisations take part in it, and how to reach it. Pages are Markdown files
        in `input/pages/`; add more beside this one.
        """ + "\n";
}
