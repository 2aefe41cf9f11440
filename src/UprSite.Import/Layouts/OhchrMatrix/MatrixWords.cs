namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>A matrix's layout and positions as messages name them, in words rather than the enums' names.</summary>
public static class MatrixWords
{
    public static string Of(MatrixGeneration generation) => generation switch
    {
        MatrixGeneration.ThemeList => "the thematic list (recommendation, position, full list of themes)",
        MatrixGeneration.StatesColumn => "the layout with a column of recommending States",
        _ => "the layout with the recommendation and recommending State in one column",
    };

    public static string Of(MatrixPosition position) => position switch
    {
        MatrixPosition.Supported => "supported",
        MatrixPosition.Noted => "noted",
        MatrixPosition.PartlySupported => "partly supported",
        MatrixPosition.VoluntaryPledge => "voluntary pledge",
        _ => "pending",
    };
}
