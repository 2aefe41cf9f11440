using UprSite.Core.Vocabulary;

namespace UprSite.Core.Tests.Vocabulary;

/// <summary>The words a message lists for a response are exactly the words that are read.</summary>
public sealed class ResponseWordsTests
{
    [Fact]
    public void Every_listed_word_is_read_as_its_response()
    {
        Assert.All(ResponseVocabulary.Synonyms, s => Assert.All(s.Words, w => Assert.Equal(s.Response, ResponseVocabulary.Parse(w))));
        Assert.Equal(Response.PartlySupported, ResponseVocabulary.Parse("Supported/Noted"));
    }

    [Fact]
    public void The_description_names_every_word_and_partly_supported()
    {
        var described = ResponseVocabulary.Described();

        Assert.All(ResponseVocabulary.Words, w => Assert.Contains($"'{w}'", described, StringComparison.Ordinal));
        Assert.Contains("'partly supported' (or 'partly-supported'", described, StringComparison.Ordinal);
    }
}
