using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MppQueue.Core;
using MppQueue.Kiosk.Board;
using MppQueue.Kiosk.Devices;
using MppQueue.Kiosk.Printing;

namespace MppQueue.Kiosk.Issuing;

/// <summary>
/// The one way a kiosk gets a ticket, for the touch screen and the HTTP endpoint alike: the kiosk must be
/// allowed (registered when required, within its rate), an ESC/POS kiosk's printer must answer before a number
/// is taken, then the engine issues (idempotently) and the ticket goes to paper.
/// </summary>
public sealed class KioskIssuer(
    QueueEngine engine,
    KioskRateLimiter limiter,
    IOptionsMonitor<KioskOptions> options,
    ILogger<KioskIssuer> logger)
{
    /// <summary>Issues a walk-in ticket; the idempotency key makes a repeated confirmation give the same ticket.</summary>
    public Task<KioskIssue> IssueAsync(KioskDevice kiosk, string serviceId, PriorityGroup priority, string idempotencyKey, Func<Ticket, Uri> linkOf, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(kiosk);
        return RunAsync(kiosk, () => engine.Issue(new IssueRequest(serviceId, priority, kiosk.Id, idempotencyKey)), linkOf, cancellation);
    }

    /// <summary>Turns a booking code into a ticket in the normal queue.</summary>
    public Task<KioskIssue> CheckInAsync(KioskDevice kiosk, string bookingCode, Func<Ticket, Uri> linkOf, CancellationToken cancellation = default) =>
        CheckInAsync(kiosk, bookingCode, linkOf, PriorityGroup.None, cancellation);

    /// <summary>Checks a booking in, with the visitor's answer to the priority question.</summary>
    public Task<KioskIssue> CheckInAsync(KioskDevice kiosk, string bookingCode, Func<Ticket, Uri> linkOf, PriorityGroup priority, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(kiosk);
        return RunAsync(kiosk, () => engine.CheckIn(bookingCode, kiosk.Id, priority), linkOf, cancellation);
    }

    /// <summary>Whether a code is a booking that could be checked in now (booked, today, inside its check-in window).</summary>
    public bool CanCheckInNow(string bookingCode)
    {
        if (engine.FindBooking(bookingCode) is not { State: BookingState.Booked } booking || booking.Date != engine.Today
            || engine.Catalog.FindService(booking.ServiceId) is not { } service)
        {
            return false;
        }

        var (opens, closes) = BookingCalendar.CheckInWindow(engine.Catalog.Site, service, booking.Date, booking.Window);
        var now = engine.Clock.GetUtcNow();
        return now >= opens && now < closes;
    }

    /// <summary>Whether the kiosk can print now (always true unless it prints by ESC/POS and the printer is silent).</summary>
    public async Task<bool> PrinterAnswersAsync(KioskDevice kiosk, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(kiosk);
        var settings = options.CurrentValue.For(kiosk.Id);
        return settings.Printing != KioskPrinting.EscPos || await EscPosPrinter.AnswersAsync(settings.Printer, settings.PrinterTimeout, cancellation);
    }

    /// <summary>Whether this kiosk may issue at all (a registered one is required, or any browser may).</summary>
    public bool MayIssue(KioskDevice kiosk)
    {
        ArgumentNullException.ThrowIfNull(kiosk);
        return kiosk.Registered || !options.CurrentValue.RequireRegisteredKiosk;
    }

    private async Task<KioskIssue> RunAsync(KioskDevice kiosk, Func<Ticket> issue, Func<Ticket, Uri> linkOf, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(linkOf);
        var settings = options.CurrentValue.For(kiosk.Id);
        if (!MayIssue(kiosk))
        {
            throw new KioskRefusedException(KioskRefusal.Unregistered);
        }

        if (!limiter.TryAcquire(kiosk.RateKey, out var retryAfter))
        {
            throw new KioskRefusedException(KioskRefusal.TooFast, retryAfter);
        }

        if (settings.Printing == KioskPrinting.EscPos && !await EscPosPrinter.AnswersAsync(settings.Printer, settings.PrinterTimeout, cancellation))
        {
            logger.LogWarning("Kiosk {Kiosk}: the printer at {Printer} does not answer; no ticket issued.", kiosk.Name, settings.Printer);
            throw new KioskRefusedException(KioskRefusal.PrinterOffline);
        }

        // The engine is synchronous and serialises every move: wait for the turn without holding a thread.
        var ticket = await engine.MoveAsync(issue, cancellation);
        var outcome = settings.Printing switch
        {
            KioskPrinting.Browser => PrintOutcome.ByBrowser,
            KioskPrinting.EscPos => await PrintAsync(kiosk, settings, ticket, linkOf(ticket)),
            _ => PrintOutcome.NotPrinted,
        };
        return new KioskIssue(ticket, outcome);
    }

    private async Task<PrintOutcome> PrintAsync(KioskDevice kiosk, KioskSettings settings, Ticket ticket, Uri link)
    {
        var facts = new KioskBoard(engine).Facts(ticket.Token);
        if (facts is null)
        {
            return PrintOutcome.Failed;
        }

        try
        {
            // Not cancelled with the page: a ticket that was issued is printed even if the visitor walked away.
            await EscPosPrinter.SendAsync(settings.Printer, EscPosTicket.Encode(KioskLabels.Printout(facts, link, TicketLinks.LiveBeside(link, ticket.Token)), settings.PaperWidth), settings.PrinterTimeout);
            return PrintOutcome.Printed;
        }
        catch (PrinterUnavailableException ex)
        {
            logger.LogError(ex, "Kiosk {Kiosk}: ticket {Number} was issued but not printed.", kiosk.Name, ticket.Number);
            return PrintOutcome.Failed;
        }
    }
}
