namespace UprSite.Core.Vocabulary;

/// <summary>How the State under Review answered a recommendation.</summary>
public enum Response
{
    Supported,
    Noted,
    Pending,
}
