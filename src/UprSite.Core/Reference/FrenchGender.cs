namespace UprSite.Core.Reference;

/// <summary>The grammatical gender of a State's French name.</summary>
public enum FrenchGender
{
    Masculine,
    Feminine,
}
