namespace UprSite.Core.Reference;

/// <summary>Which definite article French puts before a State's name, if any.</summary>
public enum FrenchArticle
{
    /// <summary>"le Tchad": du Tchad, au Tchad, par le Tchad.</summary>
    Masculine,

    /// <summary>"la Chine": de la Chine, à la Chine, par la Chine.</summary>
    Feminine,

    /// <summary>"les Philippines", "les Pays-Bas": des, aux, par les.</summary>
    Plural,

    /// <summary>No article: "Cuba", "Israël" (de Cuba, d'Israël, à Cuba, par Cuba).</summary>
    None,
}
