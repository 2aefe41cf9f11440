using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Content;

/// <summary>
/// The name and language a content file name gives: <c>land.km.md</c> is "land" in Khmer; <c>land.md</c> has no
/// language suffix and belongs to the default language (as in Hugo).
/// </summary>
public sealed record ContentName(string Name, string Language)
{
    public static ContentName? Resolve(SourceFile file, SiteSettings settings, DiagnosticList diagnostics)
    {
        var fileName = file.Path[(file.Path.LastIndexOf('/') + 1)..];
        var stem = fileName[..^".md".Length];
        var dot = stem.LastIndexOf('.');
        var (name, language) = dot < 0 ? (stem, settings.DefaultLanguage.Code) : (stem[..dot], stem[(dot + 1)..]);

        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidFileName,
                $"'{fileName}' cannot become an address: name content files <name>.<lang>.md with lower-case letters, digits and hyphens (for example land-rights.en.md)",
                file.DisplayPath));
            return null;
        }

        if (settings.FindLanguage(language) is null)
        {
            var known = string.Join(", ", settings.Languages.Select(l => l.Code));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownLanguage,
                $"'{fileName}' is in language '{language}', which site.yml does not declare (it declares {known}); rename the file or add the language to site.yml",
                file.DisplayPath));
            return null;
        }

        return new ContentName(name, language);
    }
}
