using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

public sealed class StateResolutionTests
{
    [Theory]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Czechia", "CZ")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("United States", "US")]
    [InlineData("Venezuela", "VE")]
    [InlineData("Iran", "IR")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("South Korea", "KR")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("DPR Korea", "KP")]
    [InlineData("Lao PDR", "LA")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Russia", "RU")]
    [InlineData("Syria", "SY")]
    [InlineData("Turkey", "TR")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("The former Yugoslav Republic of Macedonia", "MK")]
    [InlineData("Macedonia FYR", "MK")]
    [InlineData("Cape Verde", "CV")]
    [InlineData("Vatican", "VA")]
    [InlineData("Palestine", "PS")]
    [InlineData("Moldova", "MD")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("Micronesia", "FM")]
    [InlineData("Brunei", "BN")]
    [InlineData("East Timor", "TL")]
    [InlineData("Republic of Congo", "CG")]
    [InlineData("Congo", "CG")]
    [InlineData("Democratic Republic of Congo", "CD")]
    [InlineData("DR Congo", "CD")]
    [InlineData("The Bahamas", "BS")]
    [InlineData("Gambia", "GM")]
    [InlineData("Kingdom of the Netherlands", "NL")]
    [InlineData("Bosnia & Herzegovina", "BA")]
    [InlineData("Trinidad & Tobago", "TT")]
    [InlineData("Guinea Bissau", "GW")]
    [InlineData("Sierra Le one", "SL")]
    [InlineData("Bolivia (Plurinational S tate of)", "BO")]
    [InlineData("Democratic People’s Republic of Korea", "KP")]
    [InlineData("Guinée équatoriale", "GQ")]
    [InlineData("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "GB")]
    [InlineData("កម្ពុជា", "KH")]
    [InlineData("  FRANCE ", "FR")]
    public void Spellings_used_by_UPR_compilations_resolve_to_their_State(string name, string alpha2)
    {
        var resolution = UnStates.Resolve(name);

        Assert.Equal(StateResolutionKind.State, resolution.Kind);
        Assert.Equal(alpha2, resolution.State!.Alpha2);
        Assert.Empty(resolution.Nearest);
    }

    [Theory]
    [InlineData("(Unknown)", "unknown")]
    [InlineData("&#40;Unknown&#41;", "unknown")]
    [InlineData("", "unknown")]
    [InlineData("   ", "unknown")]
    [InlineData(null, "unknown")]
    [InlineData("European Union", "european-union")]
    [InlineData("Sovereign Military Order of Malta", "sovereign-order-of-malta")]
    public void Sources_that_are_not_States_are_recognised_as_such(string? name, string key)
    {
        var resolution = UnStates.Resolve(name);

        Assert.Equal(StateResolutionKind.NonState, resolution.Kind);
        Assert.False(resolution.IsState);
        Assert.Null(resolution.State);
        Assert.Equal(key, resolution.NonState!.Key);
    }

    [Theory]
    [InlineData("Cambodja", "Cambodia")]
    [InlineData("Venezuala", "Venezuela (Bolivarian Republic of)")]
    [InlineData("Phillipines", "Philippines")]
    [InlineData("Untied Kingdom", "United Kingdom of Great Britain and Northern Ireland")]
    public void An_unknown_spelling_is_unrecognised_with_the_nearest_names_first(string name, string nearest)
    {
        var resolution = UnStates.Resolve(name);

        Assert.Equal(StateResolutionKind.Unrecognised, resolution.Kind);
        Assert.Null(resolution.State);
        Assert.Null(resolution.NonState);
        Assert.Equal(nearest, resolution.Nearest[0]);
        Assert.InRange(resolution.Nearest.Count, 1, 3);
    }

    [Fact]
    public void A_name_far_from_every_State_has_no_nearest_name()
    {
        var resolution = UnStates.Resolve("Chile Estonia Slovenia Tunisia Uruguay");

        Assert.Equal(StateResolutionKind.Unrecognised, resolution.Kind);
        Assert.Empty(resolution.Nearest);
    }
}
