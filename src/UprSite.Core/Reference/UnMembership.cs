namespace UprSite.Core.Reference;

/// <summary>Whether a State is a member of the United Nations or a non-member observer State.</summary>
public enum UnMembership
{
    Member,
    Observer,
}
