using UprSite.Core.Text;

namespace UprSite.Build.I18n;

/// <summary>
/// UI strings with a number are groups of plural forms (<c>state.made.one</c>, <c>state.made.other</c>; a second
/// number adds a second level: <c>….other.one</c>). This tells a form's key from its stem and lists the forms a
/// language must write: the CLDR categories it uses, except <c>many</c> (French whole millions), which falls back to
/// <c>other</c> as any missing category does. A level may also give a form for one exact number, written as ICU
/// MessageFormat writes it (<c>'=0'</c>: "none supported"; <c>'=1'</c>: "the only issue" in Khmer, whose one
/// category covers every number): optional, and chosen before the number's category.
/// </summary>
public static class PluralKeys
{
    private static readonly string[] CategoryNames = ["zero", "one", "two", "few", "many", "other"];

    public static string NameOf(PluralCategory category) => CategoryNames[(int)category];

    /// <summary>The forms a translation into <paramref name="language"/> must give at each level.</summary>
    public static IReadOnlyList<string> Required(string language) =>
        PluralRules.CategoriesOf(language).Where(c => c != PluralCategory.Many).Select(NameOf).ToList();

    /// <summary>
    /// The stem and number of plural levels of <paramref name="key"/> when it is a plural form in
    /// <paramref name="keys"/> (its trailing segments are category names and the all-<c>other</c> form exists).
    /// </summary>
    public static (string Stem, int Levels)? Split(string key, IReadOnlyDictionary<string, string> keys)
    {
        var segments = key.Split('.');
        var levels = 0;
        while (levels < segments.Length - 1 && IsForm(segments[^(levels + 1)]))
        {
            levels++;
        }

        for (var n = levels; n > 0; n--)
        {
            var stem = string.Join('.', segments[..^n]);
            if (keys.ContainsKey(stem + string.Concat(Enumerable.Repeat(".other", n))))
            {
                return (stem, n);
            }
        }

        return null;
    }

    /// <summary>Every form key a language must have for a stem with <paramref name="levels"/> levels.</summary>
    public static IEnumerable<string> FormsOf(string stem, int levels, string language)
    {
        IEnumerable<string> keys = [stem];
        for (var i = 0; i < levels; i++)
        {
            keys = keys.SelectMany(k => Required(language).Select(c => k + "." + c)).ToList();
        }

        return keys;
    }

    /// <summary>Whether a key's segment names a form: a category, or an exact number (<c>=0</c>).</summary>
    public static bool IsExact(string segment) =>
        segment.Length > 1 && segment[0] == '=' && segment.Skip(1).All(char.IsAsciiDigit);

    private static bool IsForm(string segment) => CategoryNames.Contains(segment) || IsExact(segment);

    /// <summary>
    /// The text of the form for <paramref name="forms"/> (one number and its category per level) in
    /// <paramref name="table"/>: each level its exact number's form, else its category's, else <c>other</c>.
    /// </summary>
    public static string? Find(IReadOnlyDictionary<string, string> table, string prefix, IReadOnlyList<(long Count, string Category)> forms, int level = 0)
    {
        if (level == forms.Count)
        {
            return table.GetValueOrDefault(prefix);
        }

        var (count, category) = forms[level];
        return Find(table, prefix + ".=" + count.ToString(System.Globalization.CultureInfo.InvariantCulture), forms, level + 1)
            ?? Find(table, prefix + "." + category, forms, level + 1)
            ?? (category == "other" ? null : Find(table, prefix + ".other", forms, level + 1));
    }
}
