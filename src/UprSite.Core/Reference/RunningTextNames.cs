namespace UprSite.Core.Reference;

/// <summary>
/// The name a sentence or heading gives a State whose UN short name puts the rest of its formal name after it with
/// the article last, "Netherlands (Kingdom of the)" / "Pays-Bas (Royaume des)": written into running text that name
/// reads "the Netherlands (Kingdom of the) supported it", so sentences say "the Netherlands" / "les Pays-Bas" and
/// tables and downloads keep the UN name. A qualifier that ends without an article, as in "Bolivia (Plurinational
/// State of)" or "Iran (Islamic Republic of)", is kept: the UN's own documents write those names so in running text.
/// </summary>
public static class RunningTextNames
{
    private static readonly Dictionary<string, (string English, string French)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NL"] = ("Netherlands", "Pays-Bas"),
    };

    /// <summary>The State's name for running text in "en" or "fr"; its <see cref="UnState.Name"/> in every other case.</summary>
    public static string Of(UnState state, string language) => Names.TryGetValue(state.Alpha2, out var names)
        ? language switch
        {
            "en" => names.English,
            "fr" => names.French,
            _ => state.Name(language),
        }
        : state.Name(language);
}
