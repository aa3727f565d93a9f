using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="NoticeContent"/>, inside its notice's document.</summary>
internal sealed class NoticeContentDocument
{
    public string? TicketNumber { get; set; }

    public string? Token { get; set; }

    public string? BookingCode { get; set; }

    public string ServiceNameId { get; set; } = string.Empty;

    public string ServiceNameEn { get; set; } = string.Empty;

    public string AgencyName { get; set; } = string.Empty;

    public int? DeskNumber { get; set; }

    public int? Minutes { get; set; }

    public int? PeopleAhead { get; set; }

    public int? Date { get; set; }

    public long? SessionStartTicks { get; set; }

    public long? SessionEndTicks { get; set; }

    public static NoticeContentDocument From(NoticeContent c) => new()
    {
        TicketNumber = c.TicketNumber,
        Token = c.Token,
        BookingCode = c.BookingCode,
        ServiceNameId = c.ServiceNameId,
        ServiceNameEn = c.ServiceNameEn,
        AgencyName = c.AgencyName,
        DeskNumber = c.DeskNumber,
        Minutes = c.Minutes,
        PeopleAhead = c.PeopleAhead,
        Date = c.Date is { } d ? StorageFormat.ToDay(d) : null,
        SessionStartTicks = StorageFormat.ToTimeTicks(c.SessionStart),
        SessionEndTicks = StorageFormat.ToTimeTicks(c.SessionEnd),
    };

    public NoticeContent ToContent() => new()
    {
        TicketNumber = TicketNumber,
        Token = Token,
        BookingCode = BookingCode,
        ServiceNameId = ServiceNameId,
        ServiceNameEn = ServiceNameEn,
        AgencyName = AgencyName,
        DeskNumber = DeskNumber,
        Minutes = Minutes,
        PeopleAhead = PeopleAhead,
        Date = Date is { } d ? StorageFormat.FromDay(d) : null,
        SessionStart = StorageFormat.FromTimeTicks(SessionStartTicks),
        SessionEnd = StorageFormat.FromTimeTicks(SessionEndTicks),
    };
}
