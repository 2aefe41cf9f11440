namespace UprSite.Core.Reference;

internal static partial class UnStateTable
{
    private static IEnumerable<StateRow> EasternEuropean =>
    [
        new("AL", "ALB", "albania", "Albania", "Albanie", "អាល់បានី", "Republic of Albania"),
        new("AM", "ARM", "armenia", "Armenia", "Arménie", "អាមេនី", "Republic of Armenia"),
        new("AZ", "AZE", "azerbaijan", "Azerbaijan", "Azerbaïdjan", "អាស៊ែបៃហ្សង់", "Republic of Azerbaijan"),
        new("BY", "BLR", "belarus", "Belarus", "Bélarus", "បេឡារុស", "Republic of Belarus"),
        new("BA", "BIH", "bosnia-and-herzegovina", "Bosnia and Herzegovina", "Bosnie-Herzégovine", "បូស្នី និងហឺហ្សេហ្គូវីណា",
            "Bosnia-Herzegovina"),
        new("BG", "BGR", "bulgaria", "Bulgaria", "Bulgarie", "ប៊ុលហ្គារី", "Republic of Bulgaria"),
        new("HR", "HRV", "croatia", "Croatia", "Croatie", "ក្រូអាស៊ី", "Republic of Croatia"),
        new("CZ", "CZE", "czechia", "Czechia", "Tchéquie", "ឆែក", "Czech Republic", "République tchèque"),
        new("EE", "EST", "estonia", "Estonia", "Estonie", "អេស្តូនី", "Republic of Estonia"),
        new("GE", "GEO", "georgia", "Georgia", "Géorgie", "ហ្សកហ្ស៊ី"),
        new("HU", "HUN", "hungary", "Hungary", "Hongrie", "ហុងគ្រី"),
        new("LV", "LVA", "latvia", "Latvia", "Lettonie", "ឡេតូនី", "Republic of Latvia"),
        new("LT", "LTU", "lithuania", "Lithuania", "Lituanie", "លីទុយអានី", "Republic of Lithuania"),
        new("ME", "MNE", "montenegro", "Montenegro", "Monténégro", "ម៉ុងតេណេហ្គ្រោ"),
        new("MK", "MKD", "north-macedonia", "North Macedonia", "Macédoine du Nord", "ម៉ាសេដ្វានខាងជើង",
            "The former Yugoslav Republic of Macedonia", "Former Yugoslav Republic of Macedonia", "Macedonia FYR", "FYR Macedonia",
            "FYROM", "Macedonia", "Macedonia, the former Yugoslav Republic of", "Republic of North Macedonia",
            "ex-République yougoslave de Macédoine"),
        new("PL", "POL", "poland", "Poland", "Pologne", "ប៉ូឡូញ", "Republic of Poland"),
        new("MD", "MDA", "moldova", "Republic of Moldova", "République de Moldova", "ម៉ុលដាវី",
            "Moldova", "Moldova, Republic of", "Moldova (Republic of)", "Moldova (the Republic of)"),
        new("RO", "ROU", "romania", "Romania", "Roumanie", "រូម៉ានី"),
        new("RU", "RUS", "russian-federation", "Russian Federation", "Fédération de Russie", "រុស្ស៊ី", "Russia", "Russian Federation (the)"),
        new("RS", "SRB", "serbia", "Serbia", "Serbie", "ស៊ែប៊ី", "Republic of Serbia"),
        new("SK", "SVK", "slovakia", "Slovakia", "Slovaquie", "ស្លូវ៉ាគី", "Slovak Republic"),
        new("SI", "SVN", "slovenia", "Slovenia", "Slovénie", "ស្លូវេនី", "Republic of Slovenia"),
        new("UA", "UKR", "ukraine", "Ukraine", "Ukraine", "អ៊ុយក្រែន"),
    ];
}
