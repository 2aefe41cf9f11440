using UprSite.Core.Model;
using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

/// <summary>A row's Working Group session from its document symbol or the country's review of its cycle; never a guess.</summary>
public sealed class RowSessionsTests
{
    private static Review Review(int cycle, int? session, string? date = null) =>
        new(cycle, session, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), [], null, null, null);

    [Theory]
    [InlineData("A/HRC/13/4", 1, 6)]
    [InlineData("A/HRC/26/16", 2, 18)]
    [InlineData("A/HRC/25/5/Add.1", 2, 17)]
    [InlineData("A/HRC/41/17", 3, 32)]
    public void A_report_symbol_gives_its_cycle_and_session(string symbol, int cycle, int session) =>
        Assert.Equal((cycle, (int?)session), WorkingGroupReports.Of(symbol));

    [Theory]
    [InlineData("A/HRC/8/47")]
    [InlineData("A/HRC/45/1")]
    public void A_council_session_that_adopted_two_sessions_or_none_gives_the_cycle_only(string symbol) =>
        Assert.Null(WorkingGroupReports.Of(symbol)?.Session);

    [Fact]
    public void The_document_comes_first_and_a_review_that_disagrees_is_named()
    {
        Assert.Equal(new DerivedSession(18, SessionOrigin.Document), RowSessions.Derive(2, "A/HRC/26/16", [Review(2, 18)]));
        Assert.Equal(new DerivedSession(18, SessionOrigin.Document, 17), RowSessions.Derive(2, "A/HRC/26/16", [Review(2, 17)]));
        Assert.Equal(new DerivedSession(18, SessionOrigin.Document), RowSessions.Derive(2, "A/HRC/26/16", []));
    }

    [Fact]
    public void Without_a_usable_document_the_review_of_the_cycle_gives_it_by_its_session_or_its_date()
    {
        Assert.Equal(new DerivedSession(18, SessionOrigin.Review), RowSessions.Derive(2, null, [Review(2, 18)]));
        Assert.Equal(new DerivedSession(18, SessionOrigin.Review), RowSessions.Derive(2, null, [Review(1, 6), Review(2, null, "2014-01-28")]));
        // A cycle-1 report adopted at the 8th Council session, which adopted two Working Group sessions.
        Assert.Equal(new DerivedSession(2, SessionOrigin.Review), RowSessions.Derive(1, "A/HRC/8/47", [Review(1, 2)]));
        // A document of another cycle than the row's says nothing of the row's session.
        Assert.Equal(new DerivedSession(32, SessionOrigin.Review), RowSessions.Derive(3, "A/HRC/26/16", [Review(3, 32)]));
    }

    [Fact]
    public void With_neither_the_session_stays_unknown()
    {
        Assert.Null(RowSessions.Derive(2, null, []));
        Assert.Null(RowSessions.Derive(2, "A/HRC/8/47", [Review(1, 6)]));
        Assert.Null(RowSessions.Derive(2, null, [Review(2, null)]));
        Assert.Null(RowSessions.Derive(2, null, [Review(2, null, "2013-03-01")]));
        Assert.Null(RowSessions.Derive(2, null, [Review(2, 18), Review(2, 19)]));
    }
}
