namespace UprSite.TestSupport;

/// <summary>Factsheet files written inside tests: front matter, context, four questions, two recommendations.</summary>
public static class FactsheetText
{
    public static string Of(string title, string context, string questionsHeading = "Questions", string recommendationsHeading = "Recommendations") => $"""
        ---
        title: {title}
        issues: [Labour]
        review: 4
        updated: 2024-05-08
        ---
        {context}

        ## {questionsHeading} {"{#questions}"}

        1. How many unions were registered in 2023?
        2. How many applications were refused?
        3. On what grounds were they refused?
        4. When will the law be amended?

        ## {recommendationsHeading} {"{#recommendations}"}

        1. Amend the Law on Trade Unions by the end of 2026 so that registration is granted within 30 days.
        2. Publish each year, from 2025, the number of union registrations granted and refused.
        """;
}
