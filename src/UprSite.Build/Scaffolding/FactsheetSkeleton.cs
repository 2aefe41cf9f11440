using System.Globalization;

namespace UprSite.Build.Scaffolding;

/// <summary>
/// The text of a new factsheet: front matter, a context placeholder, four question placeholders and one example
/// SMART recommendation. Headings carry their explicit ids, so they work in any language. It builds without
/// warnings, so that every warning a writer sees later is about their own text.
/// </summary>
public static class FactsheetSkeleton
{
    public static string Text(string slug, string questionsHeading, string recommendationsHeading, DateOnly today)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            ---
            title: "{{title}}"
            # UPR Info issues (the 54 are listed in docs/factsheets.md): they find the recommendations the State already received.
            issues: [Right to land]
            # review: 5          # the review (cycle) this factsheet prepares
            sdgs: []
            contact: {name: "Working group name", email: "working-group@example.org"}
            updated: {{date}}
            ---
            Context: two or three short paragraphs on what changed since the last review, each fact with its source
            (report, law, date). Keep the whole factsheet to two printed pages: `uprsite build --pdf` counts them.

            ## {{questionsHeading}} {#questions}

            1. A question the State can answer with a figure or a date: how many …, since when …?
            2. A question about a law or policy: which provisions of … will be amended, and by when?
            3. A question about the people affected: how were … consulted, and what remedy did they receive?
            4. A question about follow-up: how will the Government report on … before the mid-term review?

            ## {{recommendationsHeading}} {#recommendations}

            1. Adopt, by the end of 2027 and after public consultation with civil society, a law that …, and publish a yearly report on how it is applied.
            """ + "\n";
    }
}
