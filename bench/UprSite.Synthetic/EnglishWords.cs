namespace UprSite.Synthetic;

/// <summary>The English word lists.</summary>
internal static class EnglishWords
{
    public static SyntheticLanguage Language { get; } = new(
        "en", "English", "en-GB", "Questions", "Recommendations",
        ["The ministry", "A provincial court", "The national assembly", "Local authorities", "Member organisations",
         "A district office", "The coalition", "Community leaders", "A parliamentary committee", "The inspectorate"],
        ["reported on", "delayed work on", "announced a plan for", "consulted few groups about", "set aside funds for",
         "published figures on", "reviewed the rules on", "received complaints about", "promised progress on"],
        ["land titles", "labour inspections", "school enrolment", "clinic staffing", "pre-trial detention",
         "registration of associations", "access to clean water", "birth registration", "housing for evicted families",
         "complaints against the police", "the rights of persons with disabilities", "safe work in factories"],
        ["in the northern provinces", "over the last review cycle", "in the capital", "in rural districts",
         "since the previous review", "in border areas", "during the reporting period", "in two pilot districts"],
        ["How many", "When will the Government", "What steps has the State taken to", "Which body is responsible for",
         "How will the authorities"],
        ["Adopt", "Establish", "Publish", "Amend", "Allocate", "Implement", "Repeal", "Ratify"],
        "by the end of {0}", ".", "?");
}
