using System.Text;
using UprSite.Build.Content;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;

namespace UprSite.Build.Tests.Content;

/// <summary>A State under Review's name in a language country.yml does not give is the UN's name from the reference data.</summary>
public sealed class CountryNamesTests
{
    private static UprSite.Core.Model.Country Parse(string code, string yaml)
    {
        var diagnostics = new DiagnosticList();
        var country = CountryParser.Parse(code, new SourceFile($"countries/{code}/country.yml", $"input/countries/{code}/country.yml", Encoding.UTF8.GetBytes(yaml)), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics));
        return country!;
    }

    [Fact]
    public void A_name_given_in_English_only_reads_the_UN_names_in_French_and_Khmer()
    {
        var chile = Parse("cl", "names: {en: Chile}\nreviews: []\n");

        Assert.Equal("Chile", chile.Name.Get("en", "en"));
        Assert.Equal("Chili", chile.Name.Get("fr", "en"));
        Assert.Equal("ស៊ីលី", chile.Name.Get("km", "en"));
    }

    [Fact]
    public void A_name_the_coalition_gives_is_kept_and_a_code_the_UN_does_not_know_is_left_as_written()
    {
        Assert.Equal("Royaume du Cambodge", Parse("kh", "names: {en: Cambodia, fr: Royaume du Cambodge}\nreviews: []\n").Name.Get("fr", "en"));
        Assert.Equal("Atlantis", Parse("xa", "names: {en: Atlantis}\nreviews: []\n").Name.Get("fr", "en"));
    }
}
