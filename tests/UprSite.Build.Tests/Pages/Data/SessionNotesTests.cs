using UprSite.Build.Pages.Data;
using UprSite.Build.Tests.Support;
using UprSite.Core.Recommendations;
using UprSite.Core.Reference;
using UprSite.Core.Vocabulary;

namespace UprSite.Build.Tests.Pages.Data;

/// <summary>The explorer says how many of the sessions it shows this site inferred, and from what; nothing when the sources gave them all.</summary>
public sealed class SessionNotesTests
{
    private static Recommendation Row(int? session, SessionOrigin origin) =>
        new("r", 2, session, "Cambodia", "France", null, "Words written for this test.", Response.Supported, [], null, "A/HRC/26/16", "118.1", [], new RowRef("r.csv", 2))
        {
            SessionOrigin = origin,
        };

    [Fact]
    public void Inferred_sessions_are_counted_by_what_they_were_inferred_from()
    {
        var rows = new[] { Row(18, SessionOrigin.Document), Row(18, SessionOrigin.Document), Row(18, SessionOrigin.Review), Row(18, SessionOrigin.Given), Row(null, SessionOrigin.Given) };

        Assert.Equal(
        [
            "The sessions of 2 recommendations by State are not in their sources: this site inferred them from the symbols of their Working Group reports.",
            "The session of 1 recommendation by State is not in its source: this site took it from the review of its cycle.",
        ], SessionNotes.Of(ThemeLabels.For("en"), rows));
        Assert.Equal(
            "La session d'une recommandation par État ne figure pas dans sa source\u202F: ce site l'a déduite de la cote de son rapport du Groupe de travail.",
            Assert.Single(SessionNotes.Of(ThemeLabels.For("fr"), [Row(18, SessionOrigin.Document)])));
    }

    [Fact]
    public void Sessions_the_sources_gave_need_no_note()
    {
        Assert.Empty(SessionNotes.Of(ThemeLabels.For("km"), [Row(18, SessionOrigin.Given), Row(null, SessionOrigin.Given)]));
    }
}
