using UprSite.Build.Charts;
using UprSite.Build.Tests.Support;
using UprSite.Core.Model;

namespace UprSite.Build.Tests.Charts;

/// <summary>The stakeholder submissions sentence: each part of the split agrees with its own number, and none is said as none.</summary>
public sealed class ParticipationSummaryTests
{
    private static string Summary(string language, int total, int joint)
    {
        var l = ThemeLabels.For(language);
        var name = language switch { "fr" => "Cambodge", "km" => "កម្ពុជា", _ => "Cambodia" };
        var country = l.CountryForms(new Country("kh", LocalizedText.Empty, [], LocalizedText.Empty, [], []), name).Placeholders("country");
        return ParticipationCharts.Summary(l, 3, total, joint, total - joint, country);
    }

    [Theory]
    [InlineData("fr", 21, 20, "Pour l’examen du cycle 3, la société civile a présenté 21 contributions sur le Cambodge\u202F: 20 conjointes et 1 individuelle.")]
    [InlineData("fr", 2, 1, "Pour l’examen du cycle 3, la société civile a présenté 2 contributions sur le Cambodge\u202F: 1 conjointe et 1 individuelle.")]
    [InlineData("fr", 5, 0, "Pour l’examen du cycle 3, la société civile a présenté 5 contributions sur le Cambodge\u202F: 0 conjointe et 5 individuelles.")]
    [InlineData("fr", 1, 1, "Pour l’examen du cycle 3, la société civile a présenté 1 contribution sur le Cambodge\u202F: 1 conjointe et 0 individuelle.")]
    [InlineData("en", 21, 20, "For the cycle 3 review, civil society made 21 stakeholder submissions on Cambodia: 20 joint and 1 individual.")]
    [InlineData("en", 1, 0, "For the cycle 3 review, civil society made 1 stakeholder submission on Cambodia: 0 joint and 1 individual.")]
    [InlineData("km", 21, 20, "សម្រាប់ការត្រួតពិនិត្យវដ្តទី 3 សង្គមស៊ីវិលបានដាក់របាយការណ៍ភាគីពាក់ព័ន្ធចំនួន 21 អំពីកម្ពុជា៖ របាយការណ៍រួម 20 និងរបាយការណ៍ដាច់ដោយឡែក 1។")]
    public void Each_part_of_the_split_agrees_with_its_own_number(string language, int total, int joint, string expected)
    {
        Assert.Equal(expected, Summary(language, total, joint));
    }

    [Theory]
    [InlineData("en", "For the cycle 3 review, civil society made no stakeholder submission on Cambodia.")]
    [InlineData("fr", "Pour l’examen du cycle 3, la société civile n’a présenté aucune contribution sur le Cambodge.")]
    [InlineData("km", "សម្រាប់ការត្រួតពិនិត្យវដ្តទី 3 សង្គមស៊ីវិលមិនបានដាក់របាយការណ៍ភាគីពាក់ព័ន្ធណាមួយអំពីកម្ពុជាទេ។")]
    public void No_submission_is_said_as_none(string language, string expected)
    {
        Assert.Equal(expected, Summary(language, 0, 0));
    }
}
