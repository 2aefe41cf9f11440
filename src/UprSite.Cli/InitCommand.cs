using System.CommandLine;
using UprSite.Build.Scaffolding;

namespace UprSite.Cli;

/// <summary><c>uprsite init [folder]</c>: writes a new site that builds with no error and no warning (its factsheet
/// starts as a draft, which only <c>serve</c> shows, with its placeholders as warnings), then says what to edit.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the site (default: this folder; created if missing)", DefaultValueFactory = _ => "." };
        var lang = new Option<string>("--lang") { Description = "The site's language code (ISO 639-1, e.g. en, fr, km)", DefaultValueFactory = _ => "en" };
        var country = new Option<string>("--country") { Description = "The State under Review (ISO 3166-1 alpha-2, e.g. kh)", DefaultValueFactory = _ => "kh" };
        var command = new Command("init", "Write a new site (input/ with site.yml, a country, a factsheet and a page; .gitignore)")
        {
            folder, lang, country,
        };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(lang)!, result.GetValue(country)!));
        return command;
    }

    private static int Run(string folder, string language, string country)
    {
        var theme = Directory.Exists(Path.Combine(folder, "theme")) ? Path.Combine(folder, "theme") : Path.Combine(AppContext.BaseDirectory, "theme");
        var created = SiteScaffolder.Create(folder, theme, language, country, DateOnly.FromDateTime(DateTime.Now));
        if (!created.Succeeded)
        {
            Console.Error.WriteLine($"error: {created.Error}");
            return ExitCodes.InputErrors;
        }

        Console.WriteLine($"Wrote a new site into {Path.GetFullPath(folder)}:");
        foreach (var file in created.Files)
        {
            Console.WriteLine($"  {file}");
        }

        var countryDir = $"input/countries/{country}";
        Console.WriteLine($"""
            Edit next:
              1. input/site.yml: the site's title and description, the coalition's name, and base_url once the site has an address.
              2. {countryDir}/country.yml: the State's names and its reviews (rename the folder if {country} is not your State's ISO code).
              3. {countryDir}/factsheets/{SiteScaffolder.FactsheetSlug}.{language}.md: a draft, shown by 'uprsite serve' only; replace every
                 placeholder, rename it after its theme, then remove its 'draft: true' line to publish it.
              4. input/pages/about.{language}.md: who the coalition is.
            Then run 'uprsite serve'{(folder == "." ? "" : $" in {folder}")} for a live preview, or 'uprsite build' to write _site/.
            To publish it with Netlify or GitHub Pages, see docs/publishing.md in the UprSite repository.
            """);
        return ExitCodes.Success;
    }
}
