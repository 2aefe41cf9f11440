using UprSite.Core.Reference;
using UprSite.Import.Layouts.DihrExplorer;

namespace UprSite.Build.Tests.Reference;

/// <summary>
/// Every group of persons DIHR's Keywords name, and those of OHCHR's matrices, has a French and a Khmer name; a label
/// the table does not hold stays as the source writes it, marked English; English pages keep the source's words.
/// </summary>
public sealed class AffectedPersonNamesTests
{
    [Fact]
    public void Every_DIHR_group_has_a_French_and_a_Khmer_name()
    {
        Assert.Equal(12, DihrPersonGroups.Labels.Count);
        Assert.All(DihrPersonGroups.Labels, label =>
        {
            Assert.NotNull(AffectedPersonNames.Find(label));
            Assert.Null(AffectedPersonNames.Name(label, "fr").Lang);
            Assert.Contains(AffectedPersonNames.Name(label, "km").Text, c => c is >= '\u1780' and <= '\u17FF');
        });
        Assert.Equal("Femmes et filles", AffectedPersonNames.Name("Women and girls", "fr").Text);
        Assert.Equal("Membres de minorités", AffectedPersonNames.Name("Members of minorities", "fr").Text);
    }

    [Theory]
    [InlineData("refugees & asylum seekers", "Réfugiés et demandeurs d'asile")]
    [InlineData("minorities/ racial, ethnic, linguistic, religious or descent-based groups", "Minorités / groupes raciaux, ethniques, linguistiques, religieux ou fondés sur l'ascendance")]
    [InlineData("CHILDREN", "Enfants")]
    public void Matrix_labels_are_found_folded(string label, string french)
    {
        Assert.Equal(new ThemeName(french, null), AffectedPersonNames.Name(label, "fr"));
    }

    [Fact]
    public void An_unknown_label_is_the_sources_words_marked_English_and_English_pages_keep_them()
    {
        Assert.Equal(new ThemeName("sex workers", "en"), AffectedPersonNames.Name("sex workers", "km"));
        Assert.Equal(new ThemeName("women", null), AffectedPersonNames.Name("women", "en"));
    }
}
