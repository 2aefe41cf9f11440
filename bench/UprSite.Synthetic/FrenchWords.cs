namespace UprSite.Synthetic;

/// <summary>The French word lists.</summary>
internal static class FrenchWords
{
    public static SyntheticLanguage Language { get; } = new(
        "fr", "Français", "fr-FR", "Questions", "Recommandations",
        ["Le ministère", "Un tribunal de province", "L'assemblée nationale", "L'autorité locale", "Une organisation membre",
         "Un bureau de district", "La coalition", "Un responsable communautaire", "Une commission parlementaire", "L'inspection"],
        ["a rendu compte de", "a retardé les travaux sur", "a annoncé un plan pour", "a peu consulté au sujet de",
         "a réservé des fonds pour", "a publié des chiffres sur", "a revu les règles sur", "a reçu des plaintes sur"],
        ["les titres fonciers", "l'inspection du travail", "la scolarisation", "le personnel des dispensaires",
         "la détention provisoire", "l'enregistrement des associations", "l'accès à l'eau potable",
         "l'enregistrement des naissances", "le logement des familles expulsées", "les plaintes contre la police",
         "les droits des personnes handicapées", "la sécurité au travail dans les usines"],
        ["dans les provinces du nord", "au cours du dernier cycle", "dans la capitale", "dans les districts ruraux",
         "depuis l'examen précédent", "dans les zones frontalières", "pendant la période considérée"],
        ["Combien de", "Quand le gouvernement va-t-il", "Quelles mesures l'État a-t-il prises pour",
         "Quel organe est chargé de", "Comment les autorités vont-elles"],
        ["Adopter", "Établir", "Publier", "Modifier", "Créer", "Appliquer", "Abroger", "Ratifier"],
        "d'ici la fin de {0}", ".", " ?");
}
