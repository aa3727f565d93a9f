using System.Globalization;
using MppQueue.Core;
using MppQueue.Storage;
using MppQueue.Storage.CrashChild;

// Inserts tickets until killed, printing "<id> <sequence>" only after InsertTicket has returned:
// every printed line is a promise that the ticket survives whatever happens next.
// With "engine" first, it issues tickets through QueueEngine instead (EngineLoop).
if (args is ["engine", var engineFile])
{
    return EngineLoop.Run(engineFile);
}

if (args is ["booking", var bookingFile])
{
    return EngineLoop.Book(bookingFile);
}

if (args is ["webhooks", var webhookFile])
{
    return EngineLoop.Webhooks(webhookFile);
}

if (args is ["notices", var noticeFile])
{
    return EngineLoop.Notices(noticeFile);
}

if (args.Length != 1)
{
    Console.Error.WriteLine(EngineLoop.Usage);
    return 2;
}

using var store = new LiteQueueStore(args[0]);
var serviceDate = new DateOnly(2026, 11, 23);
var issuedAt = new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero);
var sequence = store.LastNumber(serviceDate, "A");
while (sequence < TicketNumber.MaxSequence)
{
    sequence++;
    var id = "crash-" + sequence.ToString("D4", CultureInfo.InvariantCulture);
    var at = issuedAt.AddSeconds(sequence);
    store.InsertTicket(
        new Ticket
        {
            Id = id,
            Token = Guid.NewGuid().ToString("N"),
            ServiceId = "ktp",
            IssuingServiceId = "ktp",
            Number = new TicketNumber("A", sequence),
            ServiceDate = serviceDate,
            Status = TicketStatus.Waiting,
            IssuedAt = at,
            ArrivedAt = at,
            History = [new TicketMove(sequence, MoveKind.Issue, at, TicketStatus.Waiting, TicketStatus.Waiting, null, null, null)],
        },
        checkedInBooking: null);
    Console.Out.WriteLine(id + " " + sequence.ToString(CultureInfo.InvariantCulture));
}

return 0;
