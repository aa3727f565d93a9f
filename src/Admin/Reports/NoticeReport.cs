using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// The notices part of a report: for the period and the agency chosen, how many notices each channel and each agency
/// sent, how many arrived and failed, and the messages sent per day on each channel (WhatsApp and SMS bill per message).
/// Made from <see cref="NoticeService.Figures"/>; the service, desk and officer filters do not apply to notices.
/// </summary>
public sealed class NoticeReport
{
    private NoticeReport(IReadOnlyList<NoticeFigure> figures)
    {
        Figures = figures;
        Total = Sum(null, figures);
        ByChannel = [.. figures.GroupBy(f => f.Channel).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key).Select(g => Sum(g.Key, g))];
        ByAgency = [.. figures.GroupBy(f => f.AgencyId ?? string.Empty, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Sum(g.Key, g))];
        PerDay = [.. figures.GroupBy(f => f.Day).OrderBy(g => g.Key).Select(g => new Day(
            g.Key,
            g.Where(f => f.Channel == NoticeChannel.WebPush).Sum(f => f.Sent),
            g.Where(f => f.Channel == NoticeChannel.WhatsApp).Sum(f => f.Sent),
            g.Where(f => f.Channel == NoticeChannel.Sms).Sum(f => f.Sent)))];
    }

    /// <summary>The lines behind the report: a day, an agency and a channel each.</summary>
    public IReadOnlyList<NoticeFigure> Figures { get; }

    public Line Total { get; }

    /// <summary>One line per channel (null: the notices that found no channel), in the channels' order.</summary>
    public IReadOnlyList<Line> ByChannel { get; }

    /// <summary>One line per agency id.</summary>
    public IReadOnlyList<Line> ByAgency { get; }

    public IReadOnlyList<Day> PerDay { get; }

    public bool IsEmpty => Total.Total == 0;

    /// <summary>The notices of a report's period, narrowed to its agency (an agency supervisor's own, or the one chosen).</summary>
    public static NoticeReport For(NoticeService notices, ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(report);
        return From(notices.Figures(report.Period.From, report.Period.To, report.Filter.AgencyId));
    }

    public static NoticeReport From(IReadOnlyList<NoticeFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new NoticeReport(figures);
    }

    private static Line Sum(object? key, IEnumerable<NoticeFigure> figures)
    {
        var list = figures as IReadOnlyCollection<NoticeFigure> ?? [.. figures];
        return new Line(key, list.Sum(f => f.Total), list.Sum(f => f.Sent), list.Sum(f => f.Delivered), list.Sum(f => f.Failed));
    }

    /// <summary>Counts under one key: a <see cref="NoticeChannel"/> (or null), or an agency id.</summary>
    public sealed record Line(object? Key, int Total, int Sent, int Delivered, int Failed)
    {
        /// <summary>Delivered of those sent, 0 to 1; null when none was sent.</summary>
        public double? DeliveryRate => Sent == 0 ? null : (double)Delivered / Sent;

        public NoticeChannel? Channel => Key as NoticeChannel?;

        public string? AgencyId => Key as string;
    }

    /// <summary>The messages sent on one day, per channel; <see cref="Paid"/> is what WhatsApp and SMS bill.</summary>
    public sealed record Day(DateOnly Date, int WebPush, int WhatsApp, int Sms)
    {
        public int Paid => WhatsApp + Sms;
    }
}
