using FsCheck.Xunit;
using UprSite.Core.Reference;

namespace UprSite.Core.Tests.Reference;

/// <summary>Laws of the State table: FsCheck picks the State, the spelling and how the spelling is disguised.</summary>
public sealed class UnStatesProperties
{
    private static readonly Func<string, string>[] Disguises =
    [
        n => n,
        n => n.ToUpperInvariant(),
        n => n.ToLowerInvariant(),
        n => n.Replace('\'', '’'),
        n => $"  {n.Replace(" ", "   ", StringComparison.Ordinal)} ",
        n => "The " + n,
        n => n.Replace("&", "&amp;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal),
        n => n.Replace('-', ' ').Replace(',', ' '),
    ];

    [Property(MaxTest = 2000)]
    public bool Every_name_and_alias_of_every_State_resolves_to_that_State(uint state, uint name, uint disguise)
    {
        var target = UnStates.All[(int)(state % (uint)UnStates.All.Count)];
        var names = target.Names.ToList();
        var spelling = Disguises[disguise % (uint)Disguises.Length](names[(int)(name % (uint)names.Count)]);
        return UnStates.Resolve(spelling).State == target;
    }

    [Property(MaxTest = 1000)]
    public bool A_name_with_one_letter_dropped_resolves_to_its_State_or_names_it_among_the_nearest(uint state, uint position)
    {
        var target = UnStates.All[(int)(state % (uint)UnStates.All.Count)];
        if (target.EnglishName.Length < 8)
        {
            return true;
        }

        var typo = target.EnglishName.Remove((int)(position % (uint)target.EnglishName.Length), 1);
        var resolution = UnStates.Resolve(typo);
        return resolution.State == target || resolution.Nearest.Contains(target.EnglishName);
    }

    [Fact]
    public void Every_spelling_of_every_State_resolves_to_it_exhaustively() =>
        Assert.All(UnStates.All, s => Assert.All(s.Names, n => Assert.Same(s, UnStates.Resolve(n).State)));

    [Fact]
    public void No_two_States_or_sources_share_a_folded_spelling_even_without_spaces()
    {
        var owners = UnStates.All.SelectMany(s => s.Names.Select(n => (Key: NameFolding.Compact(n), Owner: s.Alpha2)))
            .Concat(NonStateSources.All.SelectMany(s => s.Names.Select(n => (Key: NameFolding.Compact(n), Owner: s.Key))))
            .Where(k => k.Key.Length > 0)
            .Distinct()
            .GroupBy(k => k.Key)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.Owner))}");
        Assert.Empty(owners);
    }

    [Fact]
    public void A_non_State_spelling_never_resolves_to_a_State() =>
        Assert.All(NonStateSources.All, s => Assert.All(s.Names, n => Assert.Equal(s, UnStates.Resolve(n).NonState)));
}
