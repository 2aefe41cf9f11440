using UprSite.Core.Model;

namespace UprSite.Core.Tests.Model;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Names = new([new("en", "Cambodia"), new("km", "កម្ពុជា"), new("fr", " ")]);

    [Fact]
    public void Gives_the_text_in_the_language_asked() => Assert.Equal("កម្ពុជា", Names.Get("km", "en"));

    [Fact]
    public void Falls_back_to_the_fallback_language_when_missing_or_blank()
    {
        Assert.Equal("Cambodia", Names.Get("fr", "en"));
        Assert.Equal("Cambodia", Names.Get("ar", "en"));
        Assert.False(Names.Has("fr"));
    }

    [Fact]
    public void One_text_for_every_language_serves_all() => Assert.Equal("Site", LocalizedText.Of("*", "Site").Get("km", "en"));

    [Fact]
    public void Empty_gives_empty() => Assert.Equal(string.Empty, LocalizedText.Empty.Get("en", "en"));
}
