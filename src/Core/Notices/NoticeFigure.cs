namespace MppQueue.Core;

/// <summary>
/// One line of the notices report: a day, an agency and a channel (null for notices that found no channel), with how
/// many notices were decided, went out, were reported delivered and failed. <see cref="Sent"/> is what a paid channel
/// bills (one message per notice sent).
/// </summary>
public sealed record NoticeFigure(DateOnly Day, string? AgencyId, NoticeChannel? Channel, int Total, int Sent, int Delivered, int Failed)
{
    /// <summary>The delivered share of those sent, 0 to 1, or null when none was sent.</summary>
    public double? DeliveryRate => Sent == 0 ? null : (double)Delivered / Sent;
}
