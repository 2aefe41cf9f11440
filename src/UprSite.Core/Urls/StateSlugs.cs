using System.Globalization;
using System.Text;
using UprSite.Core.Reference;

namespace UprSite.Core.Urls;

/// <summary>
/// URL slugs of recommending States: a name that resolves to a UN State (<see cref="UnStates.Resolve"/>) takes the
/// State's reference slug ("Czech Republic" and "Czechia" → czechia); any other name lower-case ASCII letters and
/// digits joined by hyphens ("Atlantis Republic" → atlantis-republic). Two names that would share a slug without being
/// the same State get -2, -3… in name order.
/// </summary>
public static class StateSlugs
{
    /// <summary>The slug of each name (names compared ordinally, each once).</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> names)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var distinct = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var name in distinct)
        {
            if (UnStates.Resolve(name).State is { } state)
            {
                slugs[name] = state.Slug;
                taken.Add(state.Slug);
            }
        }

        foreach (var name in distinct.Where(n => !slugs.ContainsKey(n)))
        {
            var slug = Of(name);
            var unique = slug;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            slugs[name] = unique;
        }

        return slugs;
    }

    /// <summary>The slug of one name; "state" when nothing of it is Latin (the caller makes it unique).</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is not null)
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(folded);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.Length == 0 ? "state" : builder.ToString();
    }

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'ø' or 'Ø' => "o",
        'œ' or 'Œ' => "oe",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'ı' => "i",
        _ => null,
    };
}
