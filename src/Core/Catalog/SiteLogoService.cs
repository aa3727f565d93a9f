using System.Globalization;

namespace MppQueue.Core;

/// <summary>
/// The MPP's logo: what every screen shows (kept in memory after the first read, at most <see cref="SiteLogoRules.MaxBytes"/>),
/// and the admin's upload and removal, checked (<see cref="SiteLogoRules"/>), stored and audited with the image's type
/// and size, never its bytes. Like the site's other settings, the logo is the admins' (<see cref="CatalogAccess.MayEditBuilding"/>).
/// </summary>
public sealed class SiteLogoService(ISiteLogoStore logos, IQueueStore store, TimeProvider time)
{
    public const string UploadAction = "config.logo.upload";
    public const string RemoveAction = "config.logo.remove";
    public const string Subject = "logo";

    private readonly Lock _gate = new();
    private SiteLogo? _current;
    private bool _loaded;

    /// <summary>Raised after an upload or a removal, outside the service's lock.</summary>
    public event EventHandler? Changed;

    /// <summary>The logo, or null when none was uploaded.</summary>
    public SiteLogo? Current
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded)
                {
                    _current = logos.LoadLogo();
                    _loaded = true;
                }

                return _current;
            }
        }
    }

    /// <summary>Checks who asks and the image, stores it and audits it; nothing is stored on a refusal.</summary>
    public SiteLogo Upload(Officer actor, ReadOnlySpan<byte> content)
    {
        SiteLogo logo;
        lock (_gate)
        {
            var person = RequireAdmin(actor);
            var type = SiteLogoRules.Check(content);
            logo = SiteLogo.Create(content.ToArray(), type, time.GetUtcNow());
            logos.SaveLogo(logo);
            store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), person.Id, UploadAction, Subject, Describe(logo)));
            _current = logo;
            _loaded = true;
        }

        Changed?.Invoke(this, EventArgs.Empty);
        return logo;
    }

    /// <summary>Removes the logo (screens show the emblem again); false, and nothing audited, when there was none.</summary>
    public bool Remove(Officer actor)
    {
        lock (_gate)
        {
            var person = RequireAdmin(actor);
            var previous = logos.LoadLogo();
            if (previous is null || !logos.RemoveLogo())
            {
                _current = null;
                _loaded = true;
                return false;
            }

            store.AppendAudit(new AuditEntry(Tokens.NewId(), time.GetUtcNow(), person.Id, RemoveAction, Subject, Describe(previous)));
            _current = null;
            _loaded = true;
        }

        Changed?.Invoke(this, EventArgs.Empty);
        return true;
    }

    private static string Describe(SiteLogo logo) =>
        string.Create(CultureInfo.InvariantCulture, $"{logo.ContentType}, {logo.Size} bytes");

    // The role comes from the stored account, not from what the caller passed (a stale or forged copy).
    private Officer RequireAdmin(Officer actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = store.LoadOfficers().FirstOrDefault(o => o.Id == actor.Id && o.Active);
        return CatalogAccess.MayEditBuilding(person)
            ? person!
            : throw new CatalogException(new CatalogError(CatalogErrorCode.NotAllowed, SiteLogoRules.Field));
    }
}
