namespace UprSite.Browser.Tests.Support;

/// <summary>
/// The rules of a built site's <c>_redirects</c> file, applied as Netlify does for the ones the site writes:
/// exact paths, tried top down, a <c>Language=</c> condition met when the browser's Accept-Language lists that
/// language (by its primary subtag: km-KH counts as km).
/// </summary>
public sealed class LanguageRedirectRules(IReadOnlyList<LanguageRedirectRules.Rule> rules)
{
    public sealed record Rule(string From, string To, int Status, IReadOnlyList<string> Languages);

    public IReadOnlyList<Rule> Rules => rules;

    public static LanguageRedirectRules Load(string siteFolder)
    {
        var path = Path.Combine(siteFolder, "_redirects");
        var rules = new List<Rule>();
        foreach (var line in File.Exists(path) ? File.ReadAllLines(path) : [])
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#'))
            {
                continue;
            }

            var languages = parts.Skip(3).Where(p => p.StartsWith("Language=", StringComparison.Ordinal))
                .SelectMany(p => p["Language=".Length..].Split(',')).ToList();
            rules.Add(new Rule(parts[0], parts[1], int.Parse(parts[2].TrimEnd('!'), System.Globalization.CultureInfo.InvariantCulture), languages));
        }

        return new LanguageRedirectRules(rules);
    }

    /// <summary>The rule for a request, or null to serve the file.</summary>
    public Rule? Match(string path, string? acceptLanguage)
    {
        var accepted = (acceptLanguage ?? string.Empty).Split(',')
            .Select(part => part.Split(';')[0].Trim().Split('-')[0].ToLowerInvariant())
            .Where(tag => tag.Length > 0)
            .ToHashSet();
        return rules.FirstOrDefault(r => r.From == path && (r.Languages.Count == 0 || r.Languages.Any(accepted.Contains)));
    }
}
