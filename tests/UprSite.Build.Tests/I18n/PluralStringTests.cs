using UprSite.Build.I18n;

namespace UprSite.Build.Tests.I18n;

/// <summary>The plural lookup of UI strings: the count's CLDR form, else other, else the default language; French spacing.</summary>
public sealed class PluralStringTests
{
    private static StringTable Table() => new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["made.one"] = "{count} recommendation", ["made.other"] = "{count} recommendations",
            ["two.one.one"] = "en 1/1", ["two.one.other"] = "en 1/n", ["two.other.one"] = "en n/1", ["two.other.other"] = "en n/n",
            ["only_en.one"] = "en one", ["only_en.other"] = "en other",
        },
        ["fr"] = new Dictionary<string, string>
        {
            ["made.one"] = "{count} recommandation", ["made.other"] = "{count} recommandations : total",
            ["two.other.other"] = "fr n/n", ["two.one.one"] = "fr 1/1",
        },
        ["km"] = new Dictionary<string, string> { ["made.other"] = "អនុសាសន៍ {count}" },
    }, "en", "input/i18n");

    [Theory]
    [InlineData("en", 1, "{count} recommendation")]
    [InlineData("en", 0, "{count} recommendations")]
    [InlineData("en", 2, "{count} recommendations")]
    [InlineData("fr", 0, "{count} recommandation")]
    [InlineData("fr", 1, "{count} recommandation")]
    [InlineData("fr", 2, "{count} recommandations\u202F: total")]
    [InlineData("km", 1, "អនុសាសន៍ {count}")]
    public void A_count_takes_its_languages_form(string language, int count, string expected)
    {
        Assert.Equal(expected, Table().Plural(language, "made", count));
    }

    [Fact]
    public void Each_level_falls_back_to_other_then_the_default_language_is_used()
    {
        var table = Table();

        Assert.Equal("fr 1/1", table.Plural("fr", "two", 1, 0));
        Assert.Equal("fr n/n", table.Plural("fr", "two", 1, 5));
        Assert.Equal("fr n/n", table.Plural("fr", "two", 3, 1));
        Assert.Equal("en 1/n", table.Plural("en", "two", 1, 0));
        Assert.Empty(table.Missed);
        Assert.Equal("en one", table.Plural("km", "only_en", 1));
        Assert.Contains(("km", "only_en.other"), table.Missed);
        Assert.Equal("nothing", table.Plural("fr", "nothing", 1));
    }

    [Fact]
    public void The_missing_strings_report_asks_each_language_for_the_forms_its_rule_uses()
    {
        var strings = Table().Strings;

        Assert.Equal(["only_en.one", "only_en.other", "two.one.other", "two.other.one"], MissingStrings.Keys(strings, [], "fr"));
        Assert.Equal(["only_en.other", "two.other.other"], MissingStrings.Keys(strings, [], "km"));
        Assert.Empty(MissingStrings.Keys(strings, [], "en"));
    }

    /// <summary>An exact number's form ('=0', '=1') comes before the number's category, at any level, and is never required.</summary>
    [Fact]
    public void An_exact_number_has_its_own_form_before_its_category()
    {
        var table = new StringTable(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string>
            {
                ["part.=0"] = "none supported", ["part.one"] = "{count} supported", ["part.other"] = "{count} supported",
                ["all.one.=0"] = "one, none supported", ["all.one.one"] = "one, one", ["all.one.other"] = "one, n",
                ["all.other.one"] = "n, one", ["all.other.other"] = "n, n",
            },
            ["km"] = new Dictionary<string, string> { ["part.=1"] = "តែមួយ", ["part.other"] = "{count}", ["all.other.other"] = "km n, n" },
        }, "en", "input/i18n");

        Assert.Equal("none supported", table.Plural("en", "part", 0));
        Assert.Equal("{count} supported", table.Plural("en", "part", 1));
        Assert.Equal("one, none supported", table.Plural("en", "all", 1, 0));
        Assert.Equal("one, n", table.Plural("en", "all", 1, 10));
        Assert.Equal("n, n", table.Plural("en", "all", 2, 0));
        Assert.Equal("តែមួយ", table.Plural("km", "part", 1));
        Assert.Equal("{count}", table.Plural("km", "part", 0));
        Assert.Empty(table.Missed);
        Assert.Empty(MissingStrings.Keys(table.Strings, [], "km"));
    }
}
