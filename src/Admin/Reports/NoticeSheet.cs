using MppQueue.Admin.Components.Config;
using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The notices part of a report as one table of its downloads ("Pemberitahuan"): the lines per channel, then per agency,
/// then one line per day, agency and channel, each with what was decided, sent, delivered and failed and the delivery
/// rate, so a spreadsheet can add up what WhatsApp and SMS cost.
/// </summary>
public static class NoticeSheet
{
    public static ExportTable Table(NoticeReport notices, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(names);
        string T(string key) => NoticeAdminText.ResourceManager.GetString(key, names.Culture) ?? key;
        var all = T(nameof(NoticeAdminText.ReportAllRow));
        string Channel(NoticeChannel? channel) => channel is { } c ? NoticeChannelOrder.ShortName(c, names.Culture) : T(nameof(NoticeAdminText.ReportNoChannel));
        string Agency(string? id) => string.IsNullOrEmpty(id) ? all : names.Agency(id);

        var rows = new List<IReadOnlyList<object?>>();
        var byChannel = T(nameof(NoticeAdminText.ReportByChannel));
        rows.AddRange(notices.ByChannel.Select(l => Row(byChannel, null, all, Channel(l.Channel), l.Total, l.Sent, l.Delivered, l.Failed, Percent(l.DeliveryRate))));
        var byAgency = T(nameof(NoticeAdminText.ReportByAgency));
        rows.AddRange(notices.ByAgency.Select(l => Row(byAgency, null, Agency(l.AgencyId), all, l.Total, l.Sent, l.Delivered, l.Failed, Percent(l.DeliveryRate))));
        var perDay = T(nameof(NoticeAdminText.ReportPerDay));
        rows.AddRange(notices.Figures.Select(f => Row(perDay, f.Day, Agency(f.AgencyId), Channel(f.Channel), f.Total, f.Sent, f.Delivered, f.Failed, Percent(f.DeliveryRate))));
        return new ExportTable(
            T(nameof(NoticeAdminText.ReportSheet)),
            [
                T(nameof(NoticeAdminText.ReportSheetPart)), T(nameof(NoticeAdminText.ReportDay)), T(nameof(NoticeAdminText.ReportAgency)),
                T(nameof(NoticeAdminText.ReportChannel)), T(nameof(NoticeAdminText.ReportTotal)), T(nameof(NoticeAdminText.ReportSent)),
                T(nameof(NoticeAdminText.ReportDelivered)), T(nameof(NoticeAdminText.ReportFailed)), T(nameof(NoticeAdminText.ReportRate)) + " (%)",
            ],
            rows);
    }

    private static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) : null;

    private static object?[] Row(string part, DateOnly? day, string agency, string channel, int total, int sent, int delivered, int failed, double? rate) =>
        [part, day, agency, channel, (long)total, (long)sent, (long)delivered, (long)failed, rate];
}
