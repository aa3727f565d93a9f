using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="ISiteLogoStore"/> on the same file, so that a backup carries the logo: one document in its own
/// collection, written like everything else under the one lock and followed by a checkpoint (ADR 2).
/// </summary>
public sealed partial class LiteQueueStore : ISiteLogoStore
{
    private const string Logos = "siteLogo";

    public SiteLogo? LoadLogo()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Collection<SiteLogoDocument>(Logos).FindById(SiteLogoDocument.OnlyId)?.ToLogo();
        }
    }

    public void SaveLogo(SiteLogo logo)
    {
        ArgumentNullException.ThrowIfNull(logo);
        var document = SiteLogoDocument.From(logo);
        Write(() => Collection<SiteLogoDocument>(Logos).Upsert(document));
    }

    public bool RemoveLogo()
    {
        var deleted = false;
        Write(() => deleted = Collection<SiteLogoDocument>(Logos).Delete(SiteLogoDocument.OnlyId));
        return deleted;
    }
}
