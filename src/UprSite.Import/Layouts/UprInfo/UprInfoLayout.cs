using System.Runtime.CompilerServices;
using UprSite.Core.Diagnostics;
using UprSite.Import.Tables;

namespace UprSite.Import.Layouts.UprInfo;

/// <summary>
/// The UPR Info database export, found by its eleven headers in order: the original
/// <c>SuR, Rgrp, Org, Recommendation, RS, Rgrp, Org, Response, Action, Issue, Session</c> or the re-saved
/// <c>To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action, Issue, Session</c>. Columns are read by
/// position, since the original repeats "Rgrp" and "Org". Issues are comma-joined.
/// </summary>
public sealed class UprInfoLayout : IRecommendationLayout
{
    private static readonly string[][] Headers =
    [
        ["sur", "rgrp", "org", "recommendation", "rs", "rgrp", "org", "response", "action", "issue", "session"],
        ["to", "to_rgrp", "to_org", "text", "from", "from_rgrp", "from_org", "response", "action", "issue", "session"],
    ];

    private const int StateUnderReview = 0, Text = 3, RecommendingState = 4, RegionalGroup = 5, Response = 7, Action = 8, Issue = 9, Session = 10;

    public RecommendationSource Source => RecommendationSource.UprInfo;


    public string Name => "UPR Info database export";

    public bool Recognises(IReadOnlyList<string> header)
    {
        var names = header.Take(11).Select(HeaderNames.Normalise).ToList();
        return Headers.Any(h => h.SequenceEqual(names));
    }

    public RowMapping? Bind(RawRow header, RowReporter reporter)
    {
        var extra = HeaderNames.Trimmed(header.Cells).Skip(11).Select((name, i) => (name, column: i + 12)).ToList();
        foreach (var (name, column) in extra)
        {
            reporter.Error(DiagnosticCodes.UnknownRecommendationColumn,
                $"unknown column '{name}' after the eleven columns of the {Name}; delete it, or convert the file to the canonical layout (docs/formats.md)",
                header.Line, column);
        }

        return extra.Count > 0 ? null : new RowMapping(Map, StateUnderReview);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RowFields Map(RawRow row)
    {
        Cell At(int index) => new(row[index], index + 1);
        return new RowFields(row.Line)
        {
            StateUnderReview = At(StateUnderReview),
            Text = At(Text),
            RecommendingState = At(RecommendingState),
            RegionalGroup = At(RegionalGroup),
            Response = At(Response),
            ActionCategory = At(Action),
            Issues = HeaderNames.SplitList(At(Issue), ','),
            Session = At(Session),
        };
    }
}
