using System.CommandLine;
using UprSite.Build.Scaffolding;

namespace UprSite.Cli;

/// <summary><c>uprsite new factsheet --country kh --slug land --lang en</c>: writes a factsheet skeleton to start from.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml and the content", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Folder with the layouts, assets and UI strings", DefaultValueFactory = _ => "theme" };
        var country = new Option<string>("--country") { Description = "The country folder (ISO 3166-1 alpha-2, e.g. kh)", Required = true };
        var slug = new Option<string>("--slug") { Description = "The factsheet's name in its address (e.g. land)", Required = true };
        var lang = new Option<string>("--lang") { Description = "The language code (e.g. en)", Required = true };
        var factsheet = new Command("factsheet", "Write a factsheet skeleton to input/countries/<country>/factsheets/<slug>.<lang>.md (never overwrites)");
        foreach (var option in new Option[] { input, theme, country, slug, lang })
        {
            factsheet.Options.Add(option);
        }

        factsheet.SetAction(result =>
        {
            var created = FactsheetScaffolder.Create(result.GetValue(input)!, result.GetValue(theme)!, result.GetValue(country)!,
                result.GetValue(slug)!, result.GetValue(lang)!, DateOnly.FromDateTime(DateTime.Now));
            if (!created.Succeeded)
            {
                Console.Error.WriteLine($"error: {created.Error}");
                return ExitCodes.InputErrors;
            }

            Console.WriteLine($"Wrote {created.Path}: replace the placeholders, then run 'uprsite check'.");
            return ExitCodes.Success;
        });
        return new Command("new", "Create content from a skeleton") { factsheet };
    }
}
