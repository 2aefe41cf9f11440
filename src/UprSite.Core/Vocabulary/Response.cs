namespace UprSite.Core.Vocabulary;

/// <summary>How the State under Review answered a recommendation.</summary>
public enum Response
{
    Supported,
    Noted,

    /// <summary>Supported in part and noted in part (a matrix's "Supported/Noted"): neither supported nor noted.</summary>
    PartlySupported,

    Pending,
}
