using System.Text;
using UprSite.Build.Content;
using UprSite.Build.Sources;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.Content;

/// <summary>site.yml's coalition members: a name written once, or a name and description per language, each wrong item located.</summary>
public sealed class CoalitionMembersTests
{
    private const string Head = "title: Test\nlanguages:\n  - {code: en, label: English, default: true}\n  - {code: fr, label: Français}\ncoalition:\n  name: Test\n  members:\n";

    [Fact]
    public void A_member_is_a_name_written_once_or_a_name_and_description_per_language()
    {
        var (settings, diagnostics) = Parse(
            "    - Workers' Union\n"
            + "    - name: {en: Land Network, fr: Réseau foncier}\n"
            + "      description:\n        en: Legal aid\n        fr: Aide juridique\n"
            + "    - name: Youth for Rights\n");

        Assert.Empty(diagnostics);
        var members = settings!.Coalition.Members;
        Assert.Equal(["Workers' Union", "Land Network", "Youth for Rights"], members.Select(m => m.Name.Get("en", "en")));
        Assert.Equal(["Workers' Union", "Réseau foncier", "Youth for Rights"], members.Select(m => m.Name.Get("fr", "en")));
        Assert.Equal("Aide juridique", members[1].Description.Get("fr", "en"));
        Assert.True(members[0].Description.IsEmpty);
    }

    [Theory]
    [InlineData("    - name: Land Network\n      descripton: Legal aid\n", "UPR0102", 9, 7, "did you mean 'description'?")]
    [InlineData("    - description: Legal aid\n", "UPR0102", 8, 7, "'name' is missing")]
    [InlineData("    - [Land Network, Réseau]\n", "UPR0102", 8, 7, "each item of 'members' should be an organisation's name")]
    [InlineData("    - name: {en: Land Network, de: Landnetz}\n", "UPR0731", 8, 32, "given in 'de', which is not one of the site's languages (en, fr)")]
    public void A_wrong_member_is_reported_where_it_is_written(string members, string code, int line, int column, string message)
    {
        var (_, diagnostics) = Parse(members);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("input/site.yml", diagnostic.File);
    }

    private static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string members)
    {
        var diagnostics = new DiagnosticList();
        var settings = SiteSettingsParser.Parse(new SourceFile("site.yml", "input/site.yml", Encoding.UTF8.GetBytes(Head + members)), diagnostics);
        return (settings, diagnostics.Items);
    }
}
