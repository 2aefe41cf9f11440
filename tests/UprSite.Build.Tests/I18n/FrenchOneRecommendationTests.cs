using UprSite.Build.Tests.Support;

namespace UprSite.Build.Tests.I18n;

/// <summary>
/// French notes over one recommendation read as a person writes them: "à partir d'une recommandation", "la session
/// d'une recommandation", "la seule recommandation … que contient ce site", not "à partir de 1 recommandation … sur 1";
/// over several the figures stay.
/// </summary>
public sealed class FrenchOneRecommendationTests
{
    private const char N = '\u202F';

    [Theory]
    [InlineData("data.note.rows", "Compté à partir d'une recommandation par État que contient ce site, et non des chiffres officiels.")]
    [InlineData("data.note.categories_source", "Compté à partir d'une recommandation par État classée que contient ce site, selon l'échelle d'Edward McMahon, telle que sa source l'a codée.")]
    [InlineData("data.sessions.from_review", "La session d'une recommandation par État ne figure pas dans sa source\u202F: ce site l'a reprise de l'examen de son cycle.")]
    public void One_recommendation_is_une(string key, string expected) =>
        Assert.Equal(expected, ThemeLabels.For("fr").Count(key, 1));

    [Fact]
    public void Two_recommendations_keep_their_figure() =>
        Assert.Equal("Compté à partir des 2 recommandations par État que contient ce site, et non des chiffres officiels.", ThemeLabels.For("fr").Count("data.note.rows", 2));

    [Fact]
    public void The_only_recommendation_linked_to_a_goal_is_the_only_one()
    {
        var fr = ThemeLabels.For("fr");

        Assert.StartsWith($"Compté à partir de la seule recommandation par État que contient ce site, que sa source associe à un objectif de développement durable{N};",
            fr.Count("data.sdg.note", 1, 1, ("rows", "1")), StringComparison.Ordinal);
        Assert.StartsWith("Compté à partir de 1 recommandation par État, sur les 5 que contient ce site,", fr.Count("data.sdg.note", 1, 5, ("rows", "5")), StringComparison.Ordinal);
    }
}
