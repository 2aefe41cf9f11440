namespace UprSite.Build.Pages.Data;

/// <summary>
/// The sentence that sets partly supported recommendations apart (supported in part, noted in part: neither
/// supported nor noted), said after a sentence of the figures only when there are some; sentences are set apart by a
/// space in every language the theme has (en, fr, km). When every recommendation the sentence before counted was
/// partly supported, it does not repeat their number ("Both were supported in part…").
/// </summary>
public static class PartlySupportedSentence
{
    /// <summary>
    /// <paramref name="sentence"/> over <paramref name="total"/> recommendations (a State's own, or paragraphs), then
    /// "1 recommendation was partly supported…" when <paramref name="partly"/> is not 0.
    /// </summary>
    public static string After(DataLabels l, string sentence, int partly, int total) =>
        Then(l, sentence, partly, total, "data.partly.sentence");

    /// <summary>The same after a sentence over recommendations by State: "2 recommendations by State were partly supported…".</summary>
    public static string AfterByState(DataLabels l, string sentence, int partly, int total) =>
        Then(l, sentence, partly, total, "data.partly.sentence_by_state");

    private static string Then(DataLabels l, string sentence, int partly, int total, string key) =>
        partly == 0 ? sentence
        : sentence + " " + (partly == total ? l.Count("data.partly.sentence_all", partly) : l.Count(key, partly));
}
