namespace UprSite.Import.Layouts.OhchrMatrix;

/// <summary>The position the State under Review took on a recommendation, as a matrix states it.</summary>
public enum MatrixPosition
{
    Supported,
    Noted,

    /// <summary>Supported in part and noted in part ("Supported/Noted", "Supported in part"): counted apart.</summary>
    PartlySupported,

    /// <summary>No position yet ("Pending", or an empty cell, which is also warned about).</summary>
    Pending,

    /// <summary>The State's own commitment ("Voluntary pledge"): no recommendation, so kept apart from them.</summary>
    VoluntaryPledge,
}
