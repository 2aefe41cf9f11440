namespace UprSite.Synthetic;

/// <summary>
/// Made-up English recommendation texts. The opening verbs cover McMahon's five categories in about the shares real
/// reviews show (most "general" or "specific" action, fewer "considering", "continuing" or "minimal").
/// </summary>
public sealed class RecommendationText(Random random)
{
    private static readonly string[] Openings =
    [
        "Ratify", "Adopt", "Establish", "Amend", "Repeal", "Publish", "Investigate", "Allocate funds to",
        "Strengthen", "Ensure", "Take measures to improve", "Promote", "Guarantee", "Step up efforts on", "Improve",
        "Consider reviewing", "Examine", "Continue", "Pursue", "Seek technical assistance on",
    ];

    private static readonly string[] Subjects =
    [
        "the law on land tenure", "the national plan on labour inspection", "the register of associations",
        "the rules on pre-trial detention", "the budget for primary schools", "the statistics on maternal health",
        "the protection of journalists", "the independence of the national human rights institution",
        "the code on juvenile justice", "the policy on internally displaced persons", "the law on public assembly",
        "the complaints mechanism for workers", "the access of persons with disabilities to public buildings",
        "the registration of every birth", "the prevention of trafficking in persons", "the supply of safe water",
        "the training of judges", "the participation of women in public life", "the rights of indigenous peoples",
        "the follow-up of treaty body recommendations",
    ];

    private static readonly string[] Qualifiers =
    [
        "in line with its international obligations", "with the participation of civil society",
        "before the next review", "in every province", "with adequate resources", "in consultation with those affected",
        "and report on progress", "without discrimination", "as a matter of priority", "with a clear timetable",
    ];

    public string Next() =>
        $"{Openings[random.Next(Openings.Length)]} {Subjects[random.Next(Subjects.Length)]} {Qualifiers[random.Next(Qualifiers.Length)]}.";
}
