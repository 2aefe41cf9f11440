namespace UprSite.Core.Reference;

public static partial class UprIssueNames
{
    /// <summary>
    /// Khmer names of the UPR Info issues, written by this project and awaiting native review (docs/reference-data.md).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Khmer { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Asylum-seekers - refugees"] = "អ្នកស្វែងរកសិទ្ធិជ្រកកោន - ជនភៀសខ្លួន",
        ["CP rights - general"] = "សិទ្ធិពលរដ្ឋ និងនយោបាយ - ទូទៅ",
        ["Civil society"] = "សង្គមស៊ីវិល",
        ["Corruption"] = "អំពើពុករលួយ",
        ["Counter-terrorism"] = "ការប្រឆាំងភេរវកម្ម",
        ["Death penalty"] = "ទោសប្រហារជីវិត",
        ["Detention"] = "ការឃុំខ្លួន",
        ["Development"] = "ការអភិវឌ្ឍ",
        ["Disabilities"] = "ជនមានពិការភាព",
        ["ESC rights - general"] = "សិទ្ធិសេដ្ឋកិច្ច សង្គម និងវប្បធម៌ - ទូទៅ",
        ["Elections"] = "ការបោះឆ្នោត",
        ["Enforced disappearances"] = "ការបាត់ខ្លួនដោយបង្ខំ",
        ["Environment"] = "បរិស្ថាន",
        ["Extrajudicial executions"] = "ការសម្លាប់ក្រៅប្រព័ន្ធតុលាការ",
        ["Freedom of association and peaceful assembly"] = "សេរីភាពសមាគម និងការជួបប្រជុំដោយសន្តិវិធី",
        ["Freedom of movement"] = "សេរីភាពក្នុងការធ្វើដំណើរ",
        ["Freedom of opinion and expression"] = "សេរីភាពនៃមតិ និងការបញ្ចេញមតិ",
        ["Freedom of religion and belief"] = "សេរីភាពសាសនា និងជំនឿ",
        ["Freedom of the press"] = "សេរីភាពសារព័ត៌មាន",
        ["General"] = "ទូទៅ",
        ["HIV - Aids"] = "មេរោគអេដស៍ - ជំងឺអេដស៍",
        ["Human rights defenders"] = "អ្នកការពារសិទ្ធិមនុស្ស",
        ["Human rights education and training"] = "ការអប់រំ និងបណ្ដុះបណ្ដាលអំពីសិទ្ធិមនុស្ស",
        ["Human rights violations by state agents"] = "ការរំលោភសិទ្ធិមនុស្សដោយភ្នាក់ងាររដ្ឋ",
        ["Impunity"] = "និទណ្ឌភាព",
        ["Indigenous peoples"] = "ជនជាតិដើមភាគតិច",
        ["Internally displaced persons"] = "ជនភៀសខ្លួនក្នុងប្រទេស",
        ["International humanitarian law"] = "ច្បាប់មនុស្សធម៌អន្តរជាតិ",
        ["International instruments"] = "លិខិតុបករណ៍អន្តរជាតិ",
        ["Justice"] = "យុត្តិធម៌",
        ["Labour"] = "ការងារ",
        ["Migrants"] = "ជនចំណាកស្រុក",
        ["Minorities"] = "ជនជាតិភាគតិច",
        ["NHRI"] = "ស្ថាប័នសិទ្ធិមនុស្សជាតិ",
        ["National plan of action"] = "ផែនការសកម្មភាពជាតិ",
        ["Other"] = "ផ្សេងៗ",
        ["Poverty"] = "ភាពក្រីក្រ",
        ["Public security"] = "សន្តិសុខសាធារណៈ",
        ["Racial discrimination"] = "ការរើសអើងជាតិសាសន៍",
        ["Right to education"] = "សិទ្ធិទទួលបានការអប់រំ",
        ["Right to food"] = "សិទ្ធិទទួលបានអាហារ",
        ["Right to health"] = "សិទ្ធិទទួលបានសុខភាព",
        ["Right to housing"] = "សិទ្ធិទទួលបានលំនៅឋាន",
        ["Right to land"] = "សិទ្ធិលើដីធ្លី",
        ["Right to water"] = "សិទ្ធិទទួលបានទឹក",
        ["Rights of the Child"] = "សិទ្ធិកុមារ",
        ["Sexual Orientation and Gender Identity"] = "ទំនោរផ្លូវភេទ និងអត្តសញ្ញាណយេនឌ័រ",
        ["Special procedures"] = "នីតិវិធីពិសេស",
        ["Technical assistance and cooperation"] = "ជំនួយបច្ចេកទេស និងកិច្ចសហប្រតិបត្តិការ",
        ["Torture and other CID treatment"] = "ទារុណកម្ម និងការប្រព្រឹត្តដ៏ឃោរឃៅ អមនុស្សធម៌ ឬបន្ថោកផ្សេងទៀត",
        ["Trafficking"] = "ការជួញដូរមនុស្ស",
        ["Treaty bodies"] = "គណៈកម្មាធិការសន្ធិសញ្ញា",
        ["UPR process"] = "ដំណើរការ UPR",
        ["Women's rights"] = "សិទ្ធិស្ត្រី",
    };

    /// <summary>The issue's name in "fr" or "km"; the English name (as exports spell it) otherwise or when unknown.</summary>
    public static string Name(string issue, string language)
    {
        var names = language switch { "fr" => French, "km" => Khmer, _ => null };
        return names?.GetValueOrDefault(issue) ?? issue;
    }
}
