namespace UprSite.Core.Model;

/// <summary>
/// Civil society's part in one review: the stakeholders' submissions, joint (several organisations) and individual,
/// as country.yml gives them with their source.
/// </summary>
public sealed record StakeholderSubmissions(int Joint, int Individual, string Source)
{
    public int Total => Joint + Individual;
}
