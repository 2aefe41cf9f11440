using UprSite.Core.Reference;
using UprSite.Import.Layouts.OhchrMatrix;

namespace UprSite.Import.Tests.Layouts.OhchrMatrix;

/// <summary>Every Working Group session a matrix's Council session can give is in the reference table, in its cycle.</summary>
public sealed class MatrixSessionReferenceTests
{
    [Fact]
    public void Every_session_from_a_council_session_is_in_the_reference_table()
    {
        var sessions = Enumerable.Range(8, 59)
            .Select(council => MatrixCycle.Of($"A/HRC/{council}/5", []))
            .Where(found => found is { Session: not null })
            .Select(found => (found!.Value.Cycle, Session: found.Value.Session!.Value))
            .ToList();

        Assert.Equal(50, sessions.Max(s => s.Session));
        Assert.All(sessions, s => Assert.Equal(s.Cycle, WorkingGroupSessions.Find(s.Session)?.Cycle));
    }
}
