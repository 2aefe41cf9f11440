using System.Globalization;
using System.Text;

namespace UprSite.Build.Tests.Support;

/// <summary>
/// The sample site with its recommendation rows replaced by 40 from one State, Sweden: 12 in cycle 2, 10 in cycle 3
/// and 18 in cycle 4, on the sample factsheets' themes and others, with ratings and evidence for a dozen of them. The
/// texts are written here, not taken from any report. A brief for Sweden cannot hold all 40 in full on two pages.
/// </summary>
public static class SwedenBriefSite
{
    public const string State = "Sweden";

    public const int Rows = 40;

    public static readonly IReadOnlyList<(int Cycle, int Count)> RowsByCycle = [(2, 12), (3, 10), (4, 18)];

    private static readonly string[] Verbs = ["Adopt", "Ensure", "Strengthen", "Guarantee", "Take measures to", "Publish"];

    private static readonly (string Issues, string Text)[] Topics =
    [
        ("Right to land; Right to housing", "a law that sets clear standards for evictions and resettlement, with prior consultation of the families concerned and fair compensation agreed with them"),
        ("Freedom of association and peaceful assembly; Civil society", "the freedom of associations and trade unions to register, meet and receive funds without prior approval, in line with the covenant on civil and political rights"),
        ("Freedom of opinion and expression", "that journalists and online commentators can report on land disputes and public affairs without being prosecuted for incitement or defamation"),
        ("Human rights defenders", "the protection of human rights defenders against threats, surveillance and arbitrary arrest, and investigate every reported attack promptly"),
        ("Right to land; Indigenous peoples", "a faster and cheaper procedure for indigenous communities to obtain collective titles to their land and forests"),
        ("Labour", "labour inspection in garment and construction work, with inspectors who can enter every site without notice and publish their findings"),
        ("Justice", "the independence of judges and prosecutors from the executive, with transparent appointments and a budget of their own"),
        ("Women's rights", "equal access for women to land titles, credit and inheritance, and collect figures on it by province every year"),
    ];

    /// <summary>Writes the site into <paramref name="inputDir"/>: the sample's files (over any there), with Sweden's rows and ratings in place of the sample's.</summary>
    public static void WriteTo(string inputDir)
    {
        Copy(RepoPaths.Input, inputDir);
        var recommendations = Path.Combine(inputDir, "countries", "kh", "recommendations");
        File.Delete(Path.Combine(recommendations, "sample.csv"));
        var rows = new StringBuilder("id,cycle,session,recommending_state,regional_group,response,action_category,issues,document,paragraph,text\n");
        var ratings = new StringBuilder("recommendation_id,status,evidence,source,date\n");
        var n = 0;
        foreach (var (cycle, count) in RowsByCycle)
        {
            var (document, session) = cycle switch { 2 => ("A/HRC/26/16", 18), 3 => ("A/HRC/41/17", 32), _ => ("A/HRC/57/8", 46) };
            for (var i = 1; i <= count; i++, n++)
            {
                var (issues, text) = Topics[n % Topics.Length];
                var id = Id(cycle, i);
                var response = n % 3 == 2 ? "noted" : "supported";
                rows.Append(CultureInfo.InvariantCulture,
                    $"{id},{cycle},{session},{State},WEOG,{response},4,{issues},{document},{100 + i}.{i},\"{Verbs[n % Verbs.Length]} {text} (Sweden, cycle {cycle}, no. {i}).\"\n");
                if (i % 3 == 1)
                {
                    var status = (i % 2) == 0 ? "partially implemented" : "not implemented";
                    ratings.Append(CultureInfo.InvariantCulture,
                        $"{id},{status},\"Test rating: the coalition found no law or budget line that answers recommendation {i} of cycle {cycle} when it last looked.\",Test data written for UprSite,2025-0{1 + (i % 9)}-10\n");
                }
            }
        }

        File.WriteAllText(Path.Combine(recommendations, "sweden.csv"), rows.ToString());
        File.WriteAllText(Path.Combine(inputDir, "countries", "kh", "implementation.csv"), ratings.ToString());
    }

    public static string Id(int cycle, int number) => $"sw-{cycle}-{number}";

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
