using UprSite.Build.Tests.Support;
using UprSite.Core.Reference;
using Xunit.Abstractions;

namespace UprSite.Build.Tests.Reference;

/// <summary>Every State name in the real UPR Info and DIHR exports resolves through the State table.</summary>
[Collection(RealExportNamesCollection.Name)]
public sealed class RealStateNamesTests(RealExportNames exports, ITestOutputHelper output)
{
    [Fact]
    public void Every_State_named_in_the_four_exports_resolves_to_a_State_or_a_known_non_State()
    {
        Assert.All(RealExportNames.Files, f => Assert.NotEmpty(exports.RowsByFile[f]));
        var unresolved = exports.Names
            .Where(n => UnStates.Resolve(n.Key).Kind == StateResolutionKind.Unrecognised)
            .Select(n => $"{n.Key} ({n.Value}; nearest: {string.Join(", ", UnStates.Resolve(n.Key).Nearest)})")
            .ToList();
        foreach (var line in unresolved)
        {
            output.WriteLine(line);
        }

        output.WriteLine($"{exports.Names.Count} distinct names, {unresolved.Count} unresolved");
        Assert.True(exports.Names.Count > 190, $"{exports.Names.Count} names");
        Assert.Empty(unresolved);
    }

    [Fact]
    public void The_exports_name_every_UN_State_but_none_as_a_non_State()
    {
        var resolved = exports.Names.Keys.Select(UnStates.Resolve).ToList();

        Assert.Equal(UnStates.All.Select(s => s.Alpha2).Order(StringComparer.Ordinal),
            resolved.Where(r => r.IsState).Select(r => r.State!.Alpha2).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(resolved, r => r.Kind == StateResolutionKind.NonState);
    }

    [Fact]
    public void Cambodia_UPR_Info_cycle_1_and_DIHR_cycle_2_give_80_recommending_States_in_their_UN_names()
    {
        // The files spell them 84 ways (counted by hand: Czech Republic/Czechia, United Kingdom/…, United States/…,
        // Venezuela/…); the import writes each State's UN English name.
        var names = RealExports.ReadCambodia(RealExports.UprInfo6To9).File.Rows
            .Concat(RealExports.ReadCambodia(RealExports.DihrCycle2).File.Rows)
            .Select(r => r.RecommendingState)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(80, names.Count);
        Assert.Equal(80, names.Select(n => UnStates.Resolve(n).State!.Alpha2).Distinct().Count());
        Assert.All(names, n => Assert.Equal(UnStates.Resolve(n).State!.EnglishName, n));
    }

    [Fact]
    public void Cambodia_cycle_1_names_the_same_47_States_in_UPR_Info_and_in_DIHR_once_resolved()
    {
        var uprInfo = StatesRecommendingCambodia(exports.RowsByFile[RealExports.UprInfo6To9]);
        var dihr = StatesRecommendingCambodia(exports.RowsByFile[RealExports.DihrCycle1]);

        Assert.Equal(47, uprInfo.Count);
        Assert.Equal(uprInfo, dihr);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void The_regional_group_UPR_Info_gives_each_State_is_the_tables(int file)
    {
        var rows = exports.RowsByFile[RealExportNames.Files[file]];
        var disagreeing = rows
            .Select(r => (r.RecommendingState, r.RegionalGroup))
            .Distinct()
            .Where(p => UprInfoLabel(UnStates.Resolve(p.RecommendingState).State!) != p.RegionalGroup)
            .Select(p => $"{p.RecommendingState}: {p.RegionalGroup}")
            .ToList();

        Assert.True(rows.Select(r => r.RecommendingState).Distinct().Count() > 120, $"{rows.Select(r => r.RecommendingState).Distinct().Count()} States");
        Assert.Empty(disagreeing);
    }

    private static SortedSet<string> StatesRecommendingCambodia(IEnumerable<Core.Recommendations.Recommendation> rows) =>
        new(rows.Where(r => UnStates.Resolve(r.StateUnderReview).State?.Alpha2 == "KH")
            .Select(r => UnStates.Resolve(r.RecommendingState).State!.Alpha2), StringComparer.Ordinal);

    private static string UprInfoLabel(UnState state) =>
        state.Membership == UnMembership.Observer ? "Observer" : RegionalGroups.Label(state.Group!.Value);
}
