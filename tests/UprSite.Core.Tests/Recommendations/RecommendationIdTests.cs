using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UprSite.Core.Recommendations;

namespace UprSite.Core.Tests.Recommendations;

public sealed class RecommendationIdTests
{
    [Fact]
    public void A_row_with_document_and_paragraph_is_named_by_them_and_its_State()
    {
        Assert.Equal("a-hrc-26-16-118.1-france", RecommendationId.Derive(2, 18, "France", "any text", "A/HRC/26/16", "118.1"));
    }

    [Fact]
    public void A_row_without_paragraph_is_named_by_session_State_and_a_hash_of_its_words()
    {
        var id = RecommendationId.Derive(2, 18, "Côte d'Ivoire", "Ratify the protocol", null, null);

        Assert.StartsWith("s18-cote-d-ivoire-", id);
        Assert.Equal(id, RecommendationId.Derive(2, 18, "Côte d'Ivoire", "  ratify THE   protocol ", null, null));
        Assert.NotEqual(id, RecommendationId.Derive(2, 18, "Côte d'Ivoire", "Ratify the other protocol", null, null));
        Assert.StartsWith("c2-", RecommendationId.Derive(2, null, "France", "Ratify", null, null));
    }

    [Property(MaxTest = 300)]
    public Property Derived_ids_use_only_lower_case_letters_digits_dots_and_hyphens(string state, string text, string? paragraph)
    {
        var id = RecommendationId.Derive(2, 18, state ?? string.Empty, text ?? string.Empty, "A/HRC/26/16", paragraph);

        return id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')
            .Label(id);
    }
}
