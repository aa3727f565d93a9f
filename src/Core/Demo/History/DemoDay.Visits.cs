namespace MppQueue.Core;

/// <summary>
/// A visitor at a desk: called, recalled when not there, served for about the service's standard time, and then
/// finished, sent on to another service, held while they fetch a document, or marked no-show (and perhaps back).
/// Each move sets the ticket's fields as the engine's move of the same name does (<c>QueueEngine.Desk</c>).
/// </summary>
internal sealed partial class DemoDay
{
    // Sent on to another service part-way through, and why (the officer's note).
    private static readonly Dictionary<string, (string To, double Share, string? Note)[]> _transfers = new(StringComparer.Ordinal)
    {
        ["ktp-el"] = [("kartu-keluarga", 0.03, "Data KK belum diperbarui")],
        ["kartu-keluarga"] = [("pindah-datang", 0.02, null)],
        ["akta-kelahiran"] = [("kartu-keluarga", 0.04, "Tambah anggota keluarga di KK")],
        ["akta-kematian"] = [("kartu-keluarga", 0.1, "Pembaruan KK")],
        ["pajak-kendaraan"] = [("stnk-lima-tahunan", 0.03, "STNK sudah lima tahun"), ("balik-nama", 0.015, null)],
        ["jkn-informasi"] = [("jkn-kepesertaan", 0.08, null)],
        ["nib-oss"] = [("npwp", 0.05, "Belum punya NPWP")],
        ["cek-sertifikat"] = [("peralihan-hak", 0.05, null)],
        ["npwp"] = [("spt-tahunan", 0.03, null)],
        ["pajak-daerah"] = [("rekening-tabungan", 0.02, null)],
    };

    private static readonly string[] _holdNotes = ["Fotokopi KK", "Ambil berkas di kendaraan", "Lengkapi formulir", "Fotokopi KTP-el", "Pas foto"];

    private void Call(Agent agent, Visitor visitor)
    {
        var ticket = visitor.Ticket;
        Apply(visitor, Step(ticket, MoveKind.Call, TicketStatus.Called, agent.Desk.Id, agent.Officer.Id) with
        {
            DeskId = agent.Desk.Id,
            OfficerId = agent.Officer.Id,
            CalledAt = _now,
            FirstCalledAt = ticket.FirstCalledAt ?? _now,
            RecallCount = 0,
        });
        agent.Busy = true;

        // Who waited long has more often gone for a coffee, or home.
        var waited = _now - ticket.History[0].At;
        var absent = 0.035 + (0.06 * Math.Min(1, waited.TotalMinutes / 75));
        if (_random.Chance(absent))
        {
            Schedule(_now + _random.Seconds(40, 100), () => RecallAbsent(agent, visitor, 1));
        }
        else if (_random.Chance(0.06))
        {
            // Finished straight from the call, without "mulai layani": the engine takes serving to start at the call.
            Serve(agent, visitor, _now + Walk(visitor));
        }
        else
        {
            Schedule(_now + Walk(visitor), () => Start(agent, visitor));
        }
    }

    private void RecallAbsent(Agent agent, Visitor visitor, int recalls)
    {
        Apply(visitor, Step(visitor.Ticket, MoveKind.Recall, TicketStatus.Called, agent.Desk.Id, agent.Officer.Id) with { RecallCount = visitor.Ticket.RecallCount + 1 });
        if (_random.Chance(0.4))
        {
            Schedule(_now + Walk(visitor), () => Start(agent, visitor));
        }
        else if (recalls < _catalog.Site.NoShowMinRecalls || _random.Chance(0.3))
        {
            Schedule(_now + _random.Seconds(45, 90), () => RecallAbsent(agent, visitor, recalls + 1));
        }
        else
        {
            Schedule(_now + _random.Seconds(50, 110), () => NoShow(agent, visitor));
        }
    }

    private void Start(Agent agent, Visitor visitor)
    {
        var ticket = visitor.Ticket;
        Apply(visitor, Step(ticket, MoveKind.StartServing, TicketStatus.Serving, agent.Desk.Id, agent.Officer.Id) with { ServingAt = _now, OfficerId = agent.Officer.Id });
        Serve(agent, visitor, _now);
    }

    /// <summary>Decides how the service ends (finished, sent to another service, or held while the visitor fetches something) and when.</summary>
    private void Serve(Agent agent, Visitor visitor, DateTimeOffset started)
    {
        var service = _catalog.Services[visitor.Ticket.ServiceId];
        var length = visitor.Remaining ?? Length(service, agent, visitor);
        visitor.Remaining = null;
        if (!_deskCloses.TryGetValue(agent.Desk.Id, out var closes))
        {
            closes = _deskCloses[agent.Desk.Id] = SiteClock.ToInstant(_day, DemoPlanner.Hours(_catalog, agent.Desk, _day)?.End ?? new TimeOnly(16, 0), _zone);
        }

        if (!visitor.Moved && TransferTarget(service, started + length) is { } transfer)
        {
            Schedule(started + (length * _random.Between(0.35, 0.7)), () => Transfer(agent, visitor, transfer.To, transfer.Note));
        }
        else if (!visitor.Moved && _random.Chance(0.015) && started < closes.AddMinutes(-50))
        {
            var share = _random.Between(0.2, 0.5);
            visitor.Remaining = length * (1 - share);
            Schedule(started + (length * share), () => Hold(agent, visitor, _random.Of(_holdNotes)));
        }
        else
        {
            Schedule(started + length, () => Finish(agent, visitor));
        }
    }

    private (string To, string? Note)? TransferTarget(Service service, DateTimeOffset wouldEnd)
    {
        if (!_transfers.TryGetValue(service.Id, out var targets))
        {
            return null;
        }

        var roll = _random.Unit();
        foreach (var (to, share, note) in targets)
        {
            roll -= share;
            if (roll >= 0)
            {
                continue;
            }

            // Only to a service open today that still has desks at work long after this visitor arrives there.
            if (_catalog.FindService(to) is { Active: true } target && !ServiceCalendar.IsClosedDay(_catalog.Site, target, _day)
                && target.Hours.For(_day.DayOfWeek) is { } hours && SiteClock.ToInstant(_day, hours.End, _zone) > wouldEnd.AddMinutes(45)
                && _agents.Any(a => a.SignedIn && a.Shift.EndAt > wouldEnd.AddMinutes(45) && a.Desk.ServiceIds.Contains(to)))
            {
                return (to, note);
            }

            return null;
        }

        return null;
    }

    private void Finish(Agent agent, Visitor visitor)
    {
        var ticket = visitor.Ticket;
        Apply(visitor, Step(ticket, MoveKind.Finish, TicketStatus.Done, agent.Desk.Id, agent.Officer.Id) with
        {
            ServingAt = ticket.ServingAt ?? ticket.CalledAt,
            FinishedAt = _now,
            OfficerId = agent.Officer.Id,
        });
        Free(agent);
    }

    private void Transfer(Agent agent, Visitor visitor, string toServiceId, string? note)
    {
        var ticket = visitor.Ticket;
        Apply(visitor, Step(ticket, MoveKind.Transfer, TicketStatus.Waiting, agent.Desk.Id, agent.Officer.Id, note) with
        {
            ServiceId = toServiceId,
            TransferredFromServiceId = ticket.ServiceId,
            DeskId = null,
            CalledAt = null,
            ServingAt = null,
            RecallCount = 0,
        });
        _ofService[ticket.ServiceId].Remove(visitor);
        Bucket(_ofService, toServiceId).Add(visitor);
        visitor.Moved = true;
        Free(agent);
        NotifyIdle(toServiceId);
    }

    private void Hold(Agent agent, Visitor visitor, string note)
    {
        Apply(visitor, Step(visitor.Ticket, MoveKind.Hold, TicketStatus.Held, agent.Desk.Id, agent.Officer.Id, note));
        visitor.Moved = true;
        agent.HeldOut.Add(visitor);
        Free(agent);
        Schedule(_now + _random.Minutes(6, 22), () =>
        {
            agent.HeldOut.Remove(visitor);
            agent.HeldBack.Add(visitor);
            if (agent.IsFree)
            {
                Wake(agent, _now + _random.Seconds(5, 30));
            }
        });
    }

    private void ResumeHeld(Agent agent, Visitor visitor)
    {
        var ticket = visitor.Ticket;
        Apply(visitor, Step(ticket, MoveKind.Resume, TicketStatus.Called, agent.Desk.Id, agent.Officer.Id) with
        {
            DeskId = agent.Desk.Id,
            OfficerId = agent.Officer.Id,
            CalledAt = _now,
            RecallCount = 0,
        });
        agent.Busy = true;
        Schedule(_now + _random.Seconds(15, 45), () => Start(agent, visitor));
    }

    private void NoShow(Agent agent, Visitor visitor)
    {
        Apply(visitor, Step(visitor.Ticket, MoveKind.NoShow, TicketStatus.NoShow, agent.Desk.Id, agent.Officer.Id) with { NoShowAt = _now });
        Free(agent);

        // Some come back to the desk within the grace time ("tadi ke toilet") and are put back in line.
        if (_random.Chance(0.22))
        {
            Schedule(_now + _random.Minutes(3, 25), () =>
            {
                if (agent.SignedIn && !agent.Done && agent.Desk.ServiceIds.Contains(visitor.Ticket.ServiceId))
                {
                    agent.Returned.Add(visitor);
                    if (agent.IsFree)
                    {
                        Wake(agent, _now + _random.Seconds(5, 30));
                    }
                }
            });
        }
    }

    private void Free(Agent agent)
    {
        agent.Busy = false;
        Wake(agent, _now + _random.LogNormal(TimeSpan.FromSeconds(40), 0.7, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)));
    }

    private TimeSpan Walk(Visitor visitor)
    {
        var walk = _random.LogNormal(TimeSpan.FromSeconds(40), 0.5, TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(4));
        return visitor.Ticket.IsPriority ? walk * 1.4 : walk;
    }

    /// <summary>How long the service takes: around the service's standard time, a little faster or slower per officer, shorter after a transfer.</summary>
    private TimeSpan Length(Service service, Agent agent, Visitor visitor)
    {
        var standard = TimeSpan.FromMinutes(Math.Max(1, service.StandardServiceMinutes));
        // Officers hurry a little when the line is long.
        var pressure = 1 - (0.15 * Math.Min(1, agent.Desk.ServiceIds.Sum(id => _waiting.TryGetValue(id, out var w) ? w.Count : 0) / 20.0));
        var median = standard * 0.82 * agent.Speed * pressure * (visitor.Ticket.TransferredFromServiceId is null ? 1.0 : 0.8) * (visitor.Ticket.IsPriority ? 1.1 : 1.0);
        return _random.LogNormal(median, 0.42, TimeSpan.FromMinutes(1), standard * 3.5);
    }
}
