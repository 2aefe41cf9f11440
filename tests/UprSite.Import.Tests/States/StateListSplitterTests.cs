using UprSite.Import.States;

namespace UprSite.Import.Tests.States;

public sealed class StateListSplitterTests
{
    [Theory]
    [InlineData("Chile", "CL")]
    [InlineData("Chile, Estonia and Slovenia", "CL EE SI")]
    [InlineData("Chile, Estonia, Slovenia, Tunisia and Uruguay", "CL EE SI TN UY")]
    [InlineData("Bosnia and Herzegovina", "BA")]
    [InlineData("Trinidad and Tobago and Antigua and Barbuda", "TT AG")]
    [InlineData("Bolivia (Plurinational State of), Iran (Islamic Republic of)", "BO IR")]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("Sierra Le one; Côte d’Ivoire & Ghana", "SL CI GH")]
    public void Splits_co_sponsors_and_keeps_names_that_hold_a_separator(string text, string expected)
    {
        var list = StateListSplitter.Split(text);

        Assert.True(list.IsOnlyStates);
        Assert.Equal(expected, string.Join(' ', list.States.Select(s => s.Alpha2)));
    }

    [Theory]
    [InlineData("Chile Estonia Slovenia Tunisia Uruguay", "CL EE SI TN UY")]
    [InlineData("(Maldives) (Portugal)", "MV PT")]
    [InlineData("Bosnia and Herzegovina Saint Vincent and the Grenadines Chile", "BA VC CL")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland Norway", "GB NO")]
    public void A_run_of_names_joined_by_spaces_splits_when_every_word_belongs_to_a_state(string text, string expected)
    {
        var list = StateListSplitter.Split(text);

        Assert.True(list.IsOnlyStates);
        Assert.Equal(expected, string.Join(' ', list.States.Select(s => s.Alpha2)));
    }

    [Fact]
    public void A_run_of_words_with_one_unknown_word_is_not_split_by_spaces()
    {
        var list = StateListSplitter.Split("Chile Estonnia Slovenia");

        Assert.Empty(list.States);
        Assert.Equal("Chile Estonnia Slovenia", Assert.Single(list.Unrecognised).Name);
    }

    [Fact]
    public void A_misspelt_co_sponsor_is_unrecognised_alone_with_its_nearest_name()
    {
        var list = StateListSplitter.Split("Chile, Estonnia and Slovenia");

        Assert.Equal(["CL", "SI"], list.States.Select(s => s.Alpha2));
        var unknown = Assert.Single(list.Unrecognised);
        Assert.Equal("Estonnia", unknown.Name);
        Assert.Equal("Estonia", unknown.Nearest[0]);
        Assert.False(list.IsOnlyStates);
    }

    [Fact]
    public void A_non_State_source_is_kept_apart()
    {
        var list = StateListSplitter.Split("European Union");

        Assert.Empty(list.States);
        Assert.Equal("european-union", Assert.Single(list.NonStates).Key);
    }

    [Fact]
    public void Nothing_names_nothing()
    {
        Assert.Same(StateList.Empty, StateListSplitter.Split("  "));
    }
}
