namespace UprSite.Core.Reference;

internal static partial class UnStateTable
{
    /// <summary>
    /// The Western European and others Group: Israel and Türkiye are members for elections; the United States takes
    /// part as an observer and is counted in the group for elections.
    /// </summary>
    private static IEnumerable<StateRow> WesternEuropeanAndOthers =>
    [
        new("AD", "AND", "andorra", "Andorra", "Andorre", "អង់ដូរ៉ា", "Principality of Andorra"),
        new("AU", "AUS", "australia", "Australia", "Australie", "អូស្ត្រាលី", "Commonwealth of Australia"),
        new("AT", "AUT", "austria", "Austria", "Autriche", "អូទ្រីស", "Republic of Austria"),
        new("BE", "BEL", "belgium", "Belgium", "Belgique", "បែលហ្ស៊ិក", "Kingdom of Belgium"),
        new("CA", "CAN", "canada", "Canada", "Canada", "កាណាដា"),
        new("DK", "DNK", "denmark", "Denmark", "Danemark", "ដាណឺម៉ាក", "Kingdom of Denmark"),
        new("FI", "FIN", "finland", "Finland", "Finlande", "ហ្វាំងឡង់", "Republic of Finland"),
        new("FR", "FRA", "france", "France", "France", "បារាំង", "French Republic"),
        new("DE", "DEU", "germany", "Germany", "Allemagne", "អាល្លឺម៉ង់", "Federal Republic of Germany"),
        new("GR", "GRC", "greece", "Greece", "Grèce", "ក្រិក", "Hellenic Republic"),
        new("IS", "ISL", "iceland", "Iceland", "Islande", "អ៊ីស្លង់"),
        new("IE", "IRL", "ireland", "Ireland", "Irlande", "អៀរឡង់"),
        new("IL", "ISR", "israel", "Israel", "Israël", "អ៊ីស្រាអែល", "State of Israel"),
        new("IT", "ITA", "italy", "Italy", "Italie", "អ៊ីតាលី", "Italian Republic"),
        new("LI", "LIE", "liechtenstein", "Liechtenstein", "Liechtenstein", "លិចតិនស្តាញ", "Principality of Liechtenstein"),
        new("LU", "LUX", "luxembourg", "Luxembourg", "Luxembourg", "លុចសំបួ", "Grand Duchy of Luxembourg"),
        new("MT", "MLT", "malta", "Malta", "Malte", "ម៉ាល់ត៍", "Republic of Malta"),
        new("MC", "MCO", "monaco", "Monaco", "Monaco", "ម៉ូណាកូ", "Principality of Monaco"),
        new("NL", "NLD", "netherlands", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)", "ហូឡង់",
            "Netherlands", "Kingdom of the Netherlands", "Netherlands (the)", "Pays-Bas", "Holland"),
        new("NZ", "NZL", "new-zealand", "New Zealand", "Nouvelle-Zélande", "នូវែលសេឡង់"),
        new("NO", "NOR", "norway", "Norway", "Norvège", "ន័រវេស", "Kingdom of Norway"),
        new("PT", "PRT", "portugal", "Portugal", "Portugal", "ព័រទុយហ្គាល់", "Portuguese Republic"),
        new("SM", "SMR", "san-marino", "San Marino", "Saint-Marin", "សាន់ម៉ារីណូ", "Republic of San Marino"),
        new("ES", "ESP", "spain", "Spain", "Espagne", "អេស្ប៉ាញ", "Kingdom of Spain"),
        new("SE", "SWE", "sweden", "Sweden", "Suède", "ស៊ុយអែត", "Kingdom of Sweden"),
        new("CH", "CHE", "switzerland", "Switzerland", "Suisse", "ស្វីស", "Swiss Confederation"),
        new("TR", "TUR", "turkiye", "Türkiye", "Türkiye", "តួកគី", "Turkey", "Republic of Türkiye", "Republic of Turkey", "Turquie"),
        new("GB", "GBR", "united-kingdom", "United Kingdom of Great Britain and Northern Ireland",
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "ចក្រភពអង់គ្លេស",
            "United Kingdom", "UK", "Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland (the)",
            "Royaume-Uni"),
        new("US", "USA", "united-states", "United States of America", "États-Unis d'Amérique", "សហរដ្ឋអាមេរិក",
            "United States", "USA", "US", "U.S.A.", "United States of America (the)", "États-Unis"),
    ];
}
