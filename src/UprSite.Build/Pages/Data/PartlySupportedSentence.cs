namespace UprSite.Build.Pages.Data;

/// <summary>
/// The sentence that sets partly supported recommendations apart (supported in part, noted in part: neither
/// supported nor noted), said after a sentence of supported and noted figures only when there are some; sentences
/// are set apart by a space in every language the theme has (en, fr, km).
/// </summary>
public static class PartlySupportedSentence
{
    /// <summary><paramref name="sentence"/>, then "1 recommendation was partly supported…" when <paramref name="partly"/> is not 0.</summary>
    public static string After(DataLabels l, string sentence, int partly) =>
        partly > 0 ? sentence + " " + l.Count("data.partly.sentence", partly) : sentence;
}
