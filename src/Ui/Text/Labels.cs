using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Localization;

namespace MppQueue.Ui.Text;

/// <summary>What people read for the domain's values, in the current language.</summary>
public static class Labels
{
    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => UiText.StatusWaiting,
        TicketStatus.Called => UiText.StatusCalled,
        TicketStatus.Serving => UiText.StatusServing,
        TicketStatus.Held => UiText.StatusHeld,
        TicketStatus.Done => UiText.StatusDone,
        TicketStatus.NoShow => UiText.StatusNoShow,
        TicketStatus.Cancelled => UiText.StatusCancelled,
        _ => status.ToString(),
    };

    public static string Desk(Desk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return Format(UiText.DeskLabel, desk.Number);
    }

    /// <summary>Where a registered device stands: its desk for a desk screen, otherwise its zone.</summary>
    public static string DevicePlace(ScreenDevice device, SiteCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(catalog);
        if (device.Kind == ScreenKind.Desk && catalog.FindDesk(device.DeskId) is { } desk)
        {
            return Desk(desk);
        }

        return catalog.Zones.TryGetValue(device.ZoneId, out var zone) ? zone.Name : device.ZoneId;
    }

    public static string Service(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return UiCultures.IsEnglish ? service.NameEn : service.NameId;
    }

    public static string ServiceDescription(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return UiCultures.IsEnglish ? service.DescriptionEn : service.DescriptionId;
    }

    public static string Requirements(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return UiCultures.IsEnglish ? service.RequirementsEn : service.RequirementsId;
    }

    public static string AgencyDescription(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return UiCultures.IsEnglish ? agency.DescriptionEn : agency.DescriptionId;
    }

    public static string AgencyName(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return string.IsNullOrWhiteSpace(agency.ShortName) ? agency.Name : agency.ShortName;
    }

    /// <summary>The engine's refusal as a sentence in the current language.</summary>
    public static string Refusal(QueueException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Error.Describe(CultureInfo.CurrentUICulture);
    }

    /// <summary>Why a service gives no ticket now, and when it opens again, as the engine would say it.</summary>
    public static string Unavailable(ServiceAvailability availability, Service service, Site site)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(site);
        var code = availability.RefusalCode ?? QueueErrorCode.ServiceInactive;
        var next = availability.NextOpening is { } at ? SiteClock.ToSiteTime(at, site.TimeZone) : (DateTimeOffset?)null;
        return new QueueError(code, Detail: Service(service), NextOpening: next).Describe(CultureInfo.CurrentUICulture);
    }

    public static string DateTime(DateTimeOffset instant, Site site) => SiteTime(instant, site, UiText.FormatDateTime);

    public static string Date(DateTimeOffset instant, Site site) => SiteTime(instant, site, UiText.FormatDate);

    public static string Time(DateTimeOffset instant, Site site) => SiteTime(instant, site, UiText.FormatTime);

    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture, template, values);

    private static string SiteTime(DateTimeOffset instant, Site site, string format)
    {
        ArgumentNullException.ThrowIfNull(site);
        return SiteClock.ToSiteTime(instant, site.TimeZone).ToString(format, CultureInfo.CurrentCulture);
    }
}
