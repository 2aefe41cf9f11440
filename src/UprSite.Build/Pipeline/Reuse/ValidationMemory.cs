using UprSite.Build.Content;
using UprSite.Build.Validation;
using UprSite.Core.Diagnostics;
using UprSite.Core.Model;

namespace UprSite.Build.Pipeline.Reuse;

/// <summary>
/// Each country as the last Validate attached it, for the next build in the same process (<c>serve</c>): a country
/// whose country.yml, recommendation files and implementation files are the same objects (<see cref="ParseMemory"/>,
/// <see cref="ImportMemory"/>) keeps its merged rows and ratings and their diagnostics, and with the same factsheets
/// too it is the same <see cref="Country"/> object, which tells Compute and Render that nothing of it changed.
/// </summary>
public sealed class ValidationMemory
{
    private Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, Kept> _next = new(StringComparer.Ordinal);

    /// <summary>Countries whose rows were taken from the previous build by the last Validate.</summary>
    public int Reused { get; private set; }

    private int _reused;

    public Country Attach(Country parsed, IReadOnlyList<Factsheet> factsheets, ParsedSite site, DiagnosticList diagnostics)
    {
        object[] files = [.. site.RecommendationFiles.Where(f => f.CountryCode == parsed.Code), .. site.ImplementationFiles.Where(f => f.CountryCode == parsed.Code)];
        if (!_kept.TryGetValue(parsed.Code, out var kept) || !ReferenceEquals(kept.Parsed, parsed) || !SameItems(kept.Files, files))
        {
            var own = new DiagnosticList();
            var core = CountryDataValidator.Attach(parsed, site, own);
            kept = new Kept(parsed, files, core, [.. own.Items], core with { Factsheets = factsheets });
        }
        else
        {
            _reused++;
            if (!SameItems(kept.Validated.Factsheets, factsheets))
            {
                kept = kept with { Validated = kept.Core with { Factsheets = factsheets } };
            }
        }

        _next[parsed.Code] = kept;
        diagnostics.AddRange(kept.Diagnostics);
        return kept.Validated;
    }

    public void End()
    {
        _kept = _next;
        _next = new(StringComparer.Ordinal);
        Reused = _reused;
        _reused = 0;
    }

    public void Clear()
    {
        _kept = new(StringComparer.Ordinal);
        _next = new(StringComparer.Ordinal);
    }

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) where T : class =>
        a.Count == b.Count && a.Zip(b).All(pair => ReferenceEquals(pair.First, pair.Second));

    private sealed record Kept(Country Parsed, object[] Files, Country Core, Diagnostic[] Diagnostics, Country Validated);
}
