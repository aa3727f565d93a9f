using System.Collections.Immutable;
using MppQueue.Core;

namespace MppQueue.Bench;

/// <summary>
/// Generates a year of the demo MPP's tickets, day by day, with a seeded random: on each day every open service
/// gets tickets in proportion to its quota, issued through the opening hours, most called, served and finished,
/// some no-shows, cancellations and transfers. Test data for the report benchmark, written through the store's
/// import path (<see cref="Storage.LiteQueueStore.ImportTickets"/>), not a feature.
/// </summary>
internal sealed class YearOfTickets(SiteCatalog catalog, int seed)
{
    private readonly Random _random = new(seed);
    private readonly TimeSpan _offset = TimeSpan.FromHours(7);
    private long _sequence;

    public IReadOnlyList<Ticket> Day(DateOnly day, int count)
    {
        var open = catalog.Services.Values
            .Where(s => s.Active && !ServiceCalendar.IsClosedDay(catalog.Site, s, day))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var weights = open.Select(s => s.Quota.Total).ToArray();
        var total = weights.Sum();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var tickets = new List<Ticket>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = _random.Next(total);
            var index = 0;
            while (pick >= weights[index])
            {
                pick -= weights[index++];
            }

            var service = open[index];
            numbers[service.Prefix] = numbers.GetValueOrDefault(service.Prefix) + 1;
            tickets.Add(Make(day, service, numbers[service.Prefix]));
        }

        return tickets;
    }

    private Ticket Make(DateOnly day, Service service, int number)
    {
        var hours = service.Hours.For(day.DayOfWeek)!;
        var span = (int)(hours.End - hours.Start).TotalSeconds;
        var issued = new DateTimeOffset(day.ToDateTime(hours.Start), _offset).AddSeconds(_random.Next(Math.Max(60, span - 1800)));
        var moves = ImmutableList.CreateBuilder<TicketMove>();
        var status = TicketStatus.Waiting;
        var desks = catalog.Desks.Values.Where(d => d.ServiceIds.Contains(service.Id)).ToList();
        var desk = desks[_random.Next(desks.Count)];
        var officer = "petugas-" + desk.Id;

        void Move(MoveKind kind, DateTimeOffset at, TicketStatus to, string? deskId)
        {
            moves.Add(new TicketMove(++_sequence, kind, at, status, to, deskId, deskId is null ? null : officer, null));
            status = to;
        }

        Move(MoveKind.Issue, issued, TicketStatus.Waiting, null);
        var roll = _random.Next(100);
        DateTimeOffset? called = null;
        if (roll < 4)
        {
            Move(MoveKind.Cancel, issued.AddMinutes(_random.Next(1, 40)), TicketStatus.Cancelled, null);
        }
        else
        {
            called = issued.AddSeconds(_random.Next(service.StandardWaitMinutes * 60 * 2));
            Move(MoveKind.Call, called.Value, TicketStatus.Called, desk.Id);
            if (roll < 10)
            {
                Move(MoveKind.Recall, called.Value.AddMinutes(1), TicketStatus.Called, desk.Id);
                Move(MoveKind.NoShow, called.Value.AddMinutes(3), TicketStatus.NoShow, desk.Id);
            }
            else
            {
                var started = called.Value.AddSeconds(_random.Next(20, 120));
                Move(MoveKind.StartServing, started, TicketStatus.Serving, desk.Id);
                Move(MoveKind.Finish, started.AddSeconds(_random.Next(60, service.StandardServiceMinutes * 60 * 2)), TicketStatus.Done, desk.Id);
            }
        }

        var id = Tokens.NewId();
        return new Ticket
        {
            Id = id,
            Token = Tokens.NewTicketToken(),
            ServiceId = service.Id,
            IssuingServiceId = service.Id,
            Number = new TicketNumber(service.Prefix, number),
            ServiceDate = day,
            Status = status,
            IssuedAt = issued,
            ArrivedAt = issued,
            FirstCalledAt = called,
            CalledAt = called,
            DeskId = called is null ? null : desk.Id,
            OfficerId = called is null ? null : officer,
            History = moves.ToImmutable(),
        };
    }
}
