using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace MppQueue.Core;

/// <summary>
/// The visitor's complaint, from the ticket page to the agency's SP4N-LAPOR! endpoint: at most one per ticket, checked
/// and stored first (so nothing is lost when the endpoint is down), then POSTed; a failed try is tried again after a
/// growing wait (<see cref="ComplaintOptions.RetryAfter"/>), and after <see cref="ComplaintOptions.MaxAttempts"/> it stops
/// and waits for an admin's resend. Sends run one at a time, so a complaint is never sent twice at once.
/// Also each agency's forwarding set-up (admins only) and its connection tests.
/// </summary>
public sealed class ComplaintForwarder : IDisposable
{
    /// <summary>The audit log's action when a person sends a complaint again (its subject is the complaint's id).</summary>
    public const string ResentAction = "ComplaintResent";

    /// <summary>The audit log's action when an admin sets an agency's forwarding address or token (its subject is the agency's id).</summary>
    public const string ForwardingSavedAction = "ComplaintForwardingSaved";

    /// <summary>The audit log's action when an admin removes an agency's forwarding (its subject is the agency's id).</summary>
    public const string ForwardingRemovedAction = "ComplaintForwardingRemoved";

    /// <summary>Connection tests kept per agency.</summary>
    public const int TestsKept = 10;

    public const int MaxTokenLength = 500;

    public const int ListedMax = 500;

    private readonly QueueEngine _engine;
    private readonly IComplaintStore _store;
    private readonly IQueueStore _audit;
    private readonly HttpClient _http;
    private readonly ComplaintOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ComplaintForwarder> _log;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tries = new(StringComparer.Ordinal);

    public ComplaintForwarder(QueueEngine engine, IComplaintStore store, IQueueStore audit, HttpClient http, ComplaintOptions options, TimeProvider time, ILogger<ComplaintForwarder> log)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(log);
        (_engine, _store, _audit, _http, _options, _time, _log) = (engine, store, audit, http, options, time, log);
    }

    /// <summary>Whether complaints about the agency's services are forwarded (the ticket page then offers the form).</summary>
    public bool Forwards(string? agencyId) => agencyId is { Length: > 0 } && _store.FindComplaintChannel(agencyId) is not null;

    /// <summary>The agency of the ticket's (current) service.</summary>
    public string? AgencyOf(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return _engine.Catalog.FindService(ticket.ServiceId)?.AgencyId;
    }

    /// <summary>The complaint already made for the ticket behind the token, or null.</summary>
    public Complaint? OfTicket(string? token) => _engine.FindByToken(token) is { } ticket ? _store.FindComplaintOfTicket(ticket.Id) : null;

    /// <summary>Whether the ticket's status allows a complaint: while waiting (or at a desk) and once served.</summary>
    public static bool MayComplain(TicketStatus status) =>
        status is TicketStatus.Waiting or TicketStatus.Called or TicketStatus.Serving or TicketStatus.Held or TicketStatus.Done;

    /// <summary>Takes the complaint for the ticket behind the token, stores it and has it sent at once.</summary>
    /// <exception cref="ComplaintException">
    /// Too many tries from this ticket's page; the token is unknown; the ticket is of another day, cancelled or a no-show;
    /// its agency does not forward complaints; it already has one; the text is empty, too long or not plain text.
    /// </exception>
    public Complaint Submit(string? token, string? text)
    {
        var now = _time.GetUtcNow();
        CountTry(token ?? string.Empty, now);
        var ticket = _engine.FindByToken(token) ?? throw new ComplaintException(ComplaintError.UnknownTicket);
        var number = ticket.Number.ToString();
        if (ticket.ServiceDate != _engine.Today)
        {
            throw new ComplaintException(ComplaintError.NotToday, number);
        }

        if (!MayComplain(ticket.Status))
        {
            throw new ComplaintException(ComplaintError.NotNow, number);
        }

        var agencyId = AgencyOf(ticket);
        if (!Forwards(agencyId))
        {
            throw new ComplaintException(ComplaintError.NotForwarded);
        }

        if (_store.FindComplaintOfTicket(ticket.Id) is { } earlier)
        {
            throw AlreadySent(earlier);
        }

        var complaint = new Complaint
        {
            Id = Tokens.NewId(),
            AgencyId = agencyId!,
            ServiceId = ticket.ServiceId,
            TicketId = ticket.Id,
            TicketNumber = number,
            ServiceDate = ticket.ServiceDate,
            Text = ComplaintText.Clean(text),
            SubmittedAt = now,
            NextAttemptAt = now,
        };

        // Two sends racing both pass the check above; the store lets only one of them in.
        if (!_store.TryAddComplaint(complaint))
        {
            throw AlreadySent(_store.FindComplaintOfTicket(ticket.Id) ?? complaint);
        }

        Wake();
        return complaint;
    }

    /// <summary>Sends every waiting complaint whose time has come, one at a time; returns how many were forwarded.</summary>
    public async Task<int> ForwardDueAsync(CancellationToken cancel = default)
    {
        await _sending.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var forwarded = 0;
            foreach (var complaint in _store.LoadWaitingComplaints())
            {
                cancel.ThrowIfCancellationRequested();
                if (complaint.NextAttemptAt <= _time.GetUtcNow() && (await TryOnceAsync(complaint, cancel).ConfigureAwait(false)).State == ComplaintState.Forwarded)
                {
                    forwarded++;
                }
            }

            return forwarded;
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Forwards due complaints every <see cref="ComplaintOptions.CheckEverySeconds"/>, and at once after a new one, until stopped.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await ForwardDueAsync(stopping).ConfigureAwait(false);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                var woken = _wake.WaitAsync(wait.Token);
                var timer = Task.Delay(TimeSpan.FromSeconds(_options.CheckEverySeconds), _time, wait.Token);
                await Task.WhenAny(woken, timer).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A store error must not end forwarding for good; it is tried again at the next round.
            catch (Exception error)
#pragma warning restore CA1031
            {
                _log.LogError(error, "Complaints could not be forwarded; trying again at the next round.");
                await Task.Delay(TimeSpan.FromSeconds(_options.CheckEverySeconds), _time, stopping).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The complaints the person may see (an agency's supervisor: their agency's), newest first.</summary>
    public IReadOnlyList<Complaint> List(Officer? actor)
    {
        var person = actor is { Active: true, Role: OfficerRole.Admin or OfficerRole.Supervisor } ? actor : throw new ComplaintException(ComplaintError.NotAllowed);
        return _store.LoadComplaints(person.Role == OfficerRole.Admin ? null : person.AgencyId, ListedMax);
    }

    /// <summary>"Kirim ulang": tries the complaint again now, with a fresh count of tries (written to the audit trail).</summary>
    /// <exception cref="ComplaintException">Not the person's agency, unknown, or the agency no longer forwards.</exception>
    public async Task<Complaint> ResendAsync(Officer? actor, string id, CancellationToken cancel = default)
    {
        var complaint = _store.FindComplaint(id) ?? throw new ComplaintException(ComplaintError.NotFound);
        var person = CatalogAccess.MayEditAgency(actor, complaint.AgencyId) && actor!.Role != OfficerRole.Officer
            ? actor
            : throw new ComplaintException(ComplaintError.NotAllowed);
        await _sending.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            // Read again under the send lock: the background round may have delivered it meanwhile.
            var current = _store.FindComplaint(id)!;
            if (current.State == ComplaintState.Forwarded)
            {
                return current;
            }

            Audit(person, ResentAction, current.Id, $"ticket {current.TicketNumber} ({current.ServiceDate:yyyy-MM-dd}), agency {current.AgencyId}");
            var fresh = current with { State = ComplaintState.Waiting, Attempts = 0, NextAttemptAt = _time.GetUtcNow() };
            _store.SaveComplaint(fresh);
            return await TryOnceAsync(fresh, cancel).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>The agency's forwarding set-up, or null (admins only: it holds the token).</summary>
    public ComplaintChannel? Channel(Officer? actor, string agencyId)
    {
        RequireAdmin(actor);
        return _store.FindComplaintChannel(agencyId);
    }

    /// <summary>
    /// Sets (or, with an empty endpoint, removes) where the agency's complaints go. An empty token keeps the one stored;
    /// the token is never written to the audit trail. Connection tests of the same endpoint are kept.
    /// </summary>
    /// <exception cref="ComplaintException">Not an admin, an unknown agency, a bad endpoint or token.</exception>
    public ComplaintChannel? SaveChannel(Officer? actor, string agencyId, string? endpoint, string? token)
    {
        var person = RequireAdmin(actor);
        if (!_engine.Catalog.Agencies.ContainsKey(agencyId ?? string.Empty))
        {
            throw new ComplaintException(ComplaintError.UnknownAgency, Printable.Echo(agencyId));
        }

        lock (_gate)
        {
            var stored = _store.FindComplaintChannel(agencyId!);
            if (string.IsNullOrWhiteSpace(endpoint))
            {
                if (stored is not null)
                {
                    _store.DeleteComplaintChannel(agencyId!);
                    Audit(person, ForwardingRemovedAction, agencyId!, "endpoint: " + stored.Endpoint);
                }

                return null;
            }

            var url = CheckEndpoint(endpoint);
            var secret = string.IsNullOrWhiteSpace(token) ? stored?.Token : CheckToken(token);
            if (secret is null)
            {
                throw new ComplaintException(ComplaintError.TokenRequired);
            }

            var channel = new ComplaintChannel
            {
                AgencyId = agencyId!,
                Endpoint = url,
                Token = secret,
                UpdatedAt = _time.GetUtcNow(),
                Tests = stored?.Endpoint == url ? stored.Tests : [],
            };
            _store.SaveComplaintChannel(channel);
            var detail = "endpoint: " + (stored?.Endpoint == url ? url : (stored?.Endpoint ?? "-") + " → " + url) + (stored?.Token == secret ? string.Empty : "; token changed");
            Audit(person, ForwardingSavedAction, agencyId!, detail);
            return channel;
        }
    }

    /// <summary>"Uji koneksi": a GET of the endpoint with the token, kept with the set-up (the last <see cref="TestsKept"/>).</summary>
    public async Task<ConnectionTest> TestAsync(Officer? actor, string agencyId, CancellationToken cancel = default)
    {
        RequireAdmin(actor);
        var channel = _store.FindComplaintChannel(agencyId) ?? throw new ComplaintException(ComplaintError.NotForwarded);
        var at = _time.GetUtcNow();
        using var request = ComplaintRequests.Test(channel);
        var (status, error, _, took) = await ExchangeAsync(request, cancel).ConfigureAwait(false);
        var test = new ConnectionTest(at, status, error, took);
        lock (_gate)
        {
            if (_store.FindComplaintChannel(agencyId) is { } current && current.Endpoint == channel.Endpoint)
            {
                _store.SaveComplaintChannel(current with { Tests = current.Tests.Insert(0, test).Take(TestsKept).ToImmutableList() });
            }
        }

        return test;
    }

    public void Dispose()
    {
        _sending.Dispose();
        _wake.Dispose();
    }

    private async Task<Complaint> TryOnceAsync(Complaint complaint, CancellationToken cancel)
    {
        var channel = _store.FindComplaintChannel(complaint.AgencyId);
        if (channel is null)
        {
            var orphan = complaint with { State = ComplaintState.NoEndpoint, LastError = "No forwarding is set up for the agency any more." };
            _store.SaveComplaint(orphan);
            return orphan;
        }

        using var request = ComplaintRequests.Forward(complaint, channel, _engine.Catalog);
        var (_, error, body, _) = await ExchangeAsync(request, cancel).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        Complaint after;
        if (error is null)
        {
            after = complaint with { State = ComplaintState.Forwarded, ForwardedAt = now, LastError = null, Reference = ComplaintRequests.Reference(body) };
            _log.LogInformation("Complaint {Id} about ticket {Number} forwarded to {Agency}.", complaint.Id, complaint.TicketNumber, complaint.AgencyId);
        }
        else
        {
            var attempts = complaint.Attempts + 1;
            var stop = attempts >= _options.MaxAttempts;
            after = complaint with
            {
                Attempts = attempts,
                LastError = error,
                State = stop ? ComplaintState.Stopped : ComplaintState.Waiting,
                NextAttemptAt = now + _options.RetryAfter(attempts),
            };
            _log.LogWarning("Complaint {Id} could not be forwarded to {Agency} (try {Attempts}): {Error}", complaint.Id, complaint.AgencyId, attempts, error);
        }

        _store.SaveComplaint(after);
        return after;
    }

    private async Task<(int? Status, string? Error, string? Body, TimeSpan Took)> ExchangeAsync(HttpRequestMessage request, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return (status, "HTTP " + status.ToString(CultureInfo.InvariantCulture) + " " + response.ReasonPhrase, null, watch.Elapsed);
            }

            // A reference is short; a huge answer is not read whole.
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return (status, null, body.Length > 64 * 1024 ? null : body, watch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"No answer within {_options.TimeoutSeconds:0.#} s."), null, watch.Elapsed);
        }
        catch (HttpRequestException failed)
        {
            return (null, OutboundHttp.Describe(failed), null, watch.Elapsed);
        }
    }

    private void CountTry(string token, DateTimeOffset now)
    {
        var window = TimeSpan.FromMinutes(_options.TryWindowMinutes);
        lock (_gate)
        {
            if (_tries.Count > 10_000)
            {
                foreach (var old in _tries.Where(t => t.Value.Count == 0 || t.Value.Last() <= now - window).Select(t => t.Key).ToList())
                {
                    _tries.Remove(old);
                }
            }

            if (!_tries.TryGetValue(token, out var tries))
            {
                _tries[token] = tries = new Queue<DateTimeOffset>();
            }

            while (tries.Count > 0 && tries.Peek() <= now - window)
            {
                tries.Dequeue();
            }

            if (tries.Count >= _options.TriesPerTicket)
            {
                var again = tries.Peek() + window - now;
                throw new ComplaintException(ComplaintError.TooManyTries, Math.Max(1, (int)Math.Ceiling(again.TotalMinutes)).ToString(CultureInfo.InvariantCulture));
            }

            tries.Enqueue(now);
        }
    }

    private void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    private string CheckEndpoint(string endpoint)
    {
        var text = endpoint.Trim();
        if (text.Length > CatalogRules.MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var url)
            || url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0 || text.Any(char.IsWhiteSpace))
        {
            throw new ComplaintException(ComplaintError.EndpointInvalid, Printable.Echo(text));
        }

        if (url.Scheme == "http" && !_options.AllowHttp)
        {
            throw new ComplaintException(ComplaintError.EndpointNotHttps, Printable.Echo(text));
        }

        return OutboundHttp.IsThisMachine(url) && !_options.AllowLoopback ? throw new ComplaintException(ComplaintError.EndpointOnThisMachine) : text;
    }

    private static string CheckToken(string token)
    {
        var text = token.Trim();
        return text.Length <= MaxTokenLength && text.All(c => c is > ' ' and < '\u007f')
            ? text
            : throw new ComplaintException(ComplaintError.TokenInvalid, MaxTokenLength.ToString(CultureInfo.InvariantCulture));
    }

    private static Officer RequireAdmin(Officer? actor) =>
        CatalogAccess.MayEditBuilding(actor) ? actor! : throw new ComplaintException(ComplaintError.NotAllowed);

    private void Audit(Officer person, string action, string subject, string detail) =>
        _audit.AppendAudit(new AuditEntry(Tokens.NewId(), _time.GetUtcNow(), person.Id, action, subject, detail));

    private static ComplaintException AlreadySent(Complaint earlier) => new(ComplaintError.AlreadySent, earlier.TicketNumber);
}
