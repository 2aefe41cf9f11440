using UprSite.Build.Pipeline;

namespace UprSite.Cli;

/// <summary>The per-language summary <c>uprsite check</c> ends with: what each language still lacks.</summary>
public static class LanguageGapsPrinter
{
    public static void Print(BuildResult result, TextWriter output)
    {
        if (result.LanguageGaps.Count == 0)
        {
            return;
        }

        output.WriteLine("Translations:");
        foreach (var gaps in result.LanguageGaps)
        {
            if (gaps.IsComplete)
            {
                output.WriteLine($"  {gaps.Language}: complete");
                continue;
            }

            output.WriteLine($"  {gaps.Language}: {gaps.Content.Count} file(s) to translate, {gaps.Texts.Count} text(s) in site.yml/country.yml, {gaps.UiStrings.Count} UI string(s)");
            foreach (var file in gaps.Content)
            {
                output.WriteLine($"    write {file}");
            }

            foreach (var text in gaps.Texts)
            {
                output.WriteLine($"    add '{gaps.Language}:' to {text}");
            }

            foreach (var key in gaps.UiStrings)
            {
                output.WriteLine($"    translate UI string {key}");
            }
        }
    }
}
