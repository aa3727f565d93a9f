namespace MppQueue.Core.Tests.Support;

/// <summary>The logo port in memory, counting writes so a test can tell that a refusal stored nothing.</summary>
public sealed class InMemorySiteLogoStore : ISiteLogoStore
{
    private SiteLogo? _logo;

    public int Writes { get; private set; }

    public SiteLogo? LoadLogo() => _logo;

    public void SaveLogo(SiteLogo logo)
    {
        _logo = logo;
        Writes++;
    }

    public bool RemoveLogo()
    {
        var had = _logo is not null;
        _logo = null;
        Writes++;
        return had;
    }
}
