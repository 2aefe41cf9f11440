using System.Globalization;

namespace UprSite.Build.Scaffolding;

/// <summary>
/// The text of a new factsheet: front matter, a context placeholder, four question placeholders and one example
/// SMART recommendation. Headings carry their explicit ids, so they work in any language. Every placeholder left
/// in a factsheet is a warning (UPR0711) at its line, so a skeleton nobody filled in is never published unnoticed.
/// </summary>
public static class FactsheetSkeleton
{
    private const string ContactName = "Working group name";
    private const string ContactEmail = "working-group@example.org";
    private const string Context = "Context: two or three short paragraphs on what changed since the last review, each fact with its source";

    private static readonly string[] Questions =
    [
        "A question the State can answer with a figure or a date: how many …, since when …?",
        "A question about a law or policy: which provisions of … will be amended, and by when?",
        "A question about the people affected: how were … consulted, and what remedy did they receive?",
        "A question about follow-up: how will the Government report on … before the mid-term review?",
    ];

    private const string Recommendation =
        "Adopt, by the end of 2027 and after public consultation with civil society, a law that …, and publish a yearly report on how it is applied.";

    /// <summary>The texts that mark a line as an unreplaced placeholder, wherever they stand in the line.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = [ContactName, ContactEmail, Context, .. Questions, Recommendation];

    /// <param name="draft">Whether the factsheet starts as a draft (<c>draft: true</c>): built by <c>serve</c> only.</param>
    public static string Text(string slug, string questionsHeading, string recommendationsHeading, DateOnly today, bool draft = false)
    {
        var draftLine = draft
            ? "draft: true          # built by 'uprsite serve' only: remove this line once every placeholder is replaced"
            : "# draft: true        # built by 'uprsite serve' only, until you remove this line";
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            ---
            title: "{{title}}"
            # UPR Info issues (the 54 are listed in docs/factsheets.md): they find the recommendations the State already received.
            issues: [Right to land]
            # review: 5          # the review (cycle) this factsheet prepares
            sdgs: []
            contact: {name: "{{ContactName}}", email: "{{ContactEmail}}"}
            updated: {{date}}
            {{draftLine}}
            ---
            {{Context}}
            (report, law, date). Keep the whole factsheet to two printed pages: `uprsite build --pdf` counts them.

            ## {{questionsHeading}} {#questions}

            1. {{Questions[0]}}
            2. {{Questions[1]}}
            3. {{Questions[2]}}
            4. {{Questions[3]}}

            ## {{recommendationsHeading}} {#recommendations}

            1. {{Recommendation}}
            """ + "\n";
    }

    /// <summary>Where each placeholder still stands in a factsheet's text: one position per line that holds one.</summary>
    public static IReadOnlyList<Core.Model.SourcePosition> Find(string text)
    {
        var found = new List<Core.Model.SourcePosition>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = Placeholders.Select(p => lines[i].IndexOf(p, StringComparison.Ordinal)).Where(c => c >= 0).DefaultIfEmpty(-1).Min();
            if (column >= 0)
            {
                found.Add(new Core.Model.SourcePosition(i + 1, column + 1));
            }
        }

        return found;
    }
}
