using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="ISiteLogoStore"/> on a <see cref="LiteFile"/>, the same file as the queue so that a backup carries the
/// logo: one document in its own collection, written like everything else under the one lock and followed by a
/// checkpoint (ADR 2).
/// </summary>
public sealed class LiteSiteLogoStore(LiteFile file) : ISiteLogoStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public SiteLogo? LoadLogo() =>
        _file.Read(() => _file.Collection<SiteLogoDocument>(CollectionNames.Logos).FindById(SiteLogoDocument.OnlyId)?.ToLogo());

    public void SaveLogo(SiteLogo logo)
    {
        ArgumentNullException.ThrowIfNull(logo);
        var document = SiteLogoDocument.From(logo);
        _file.Write(() => _file.Collection<SiteLogoDocument>(CollectionNames.Logos).Upsert(document));
    }

    public bool RemoveLogo()
    {
        var deleted = false;
        _file.Write(() => deleted = _file.Collection<SiteLogoDocument>(CollectionNames.Logos).Delete(SiteLogoDocument.OnlyId));
        return deleted;
    }
}
