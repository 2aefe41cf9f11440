using FsCheck.Xunit;
using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("COTE D`IVOIRE", "cote divoire")]
    [InlineData("Bolivia (Plurinational State of)", "bolivia plurinational state of")]
    [InlineData("Korea, Republic of", "korea republic of")]
    [InlineData("Bosnia & Herzegovina", "bosnia and herzegovina")]
    [InlineData("Guinea-Bissau", "guinea bissau")]
    [InlineData("  The   Gambia ", "gambia")]
    [InlineData("Bahamas (the)", "bahamas")]
    [InlineData("Saint Vincent and the Grenadines", "saint vincent and the grenadines")]
    [InlineData("&#40;Unknown&#41;", "unknown")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("São Tomé and Príncipe", "sao tome and principe")]
    [InlineData("République-Unie de Tanzanie", "republique unie de tanzanie")]
    [InlineData("Democratic People's Republic of Korea", "democratic peoples republic of korea")]
    [InlineData("", "")]
    [InlineData(" ( ) ", "")]
    public void Folds_case_accents_apostrophes_brackets_and_the_article(string name, string folded) =>
        Assert.Equal(folded, NameFolding.Fold(name));

    [Fact]
    public void Khmer_names_keep_their_vowel_signs() =>
        Assert.NotEqual(NameFolding.Fold("ស៊ូដង់"), NameFolding.Fold("ស៊ូដង"));

    [Fact]
    public void Compact_removes_the_spaces_of_the_folded_name() =>
        Assert.Equal("sierraleone", NameFolding.Compact("Sierra Le one"));

    [Property(MaxTest = 1000)]
    public bool Folding_is_idempotent(string name)
    {
        var folded = NameFolding.Fold(name);
        return NameFolding.Fold(folded) == folded;
    }

    [Property(MaxTest = 500)]
    public bool A_folded_name_has_no_upper_case_no_punctuation_and_single_spaces(string name)
    {
        var folded = NameFolding.Fold(name);
        return folded == folded.Trim()
            && !folded.Contains("  ", StringComparison.Ordinal)
            && folded.All(c => c == ' ' || !char.IsUpper(c) && !char.IsPunctuation(c) && !char.IsSymbol(c));
    }
}
