namespace UprSite.Core.Vocabulary;

/// <summary>The coalition's "traffic light" for a previous recommendation.</summary>
public enum ImplementationStatus
{
    FullyImplemented,
    PartiallyImplemented,
    NotImplemented,
    NoInformation,
}
