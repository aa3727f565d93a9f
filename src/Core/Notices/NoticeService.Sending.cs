using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace MppQueue.Core;

/// <summary>Sending: the loop that decides and sends, one send per notice at a time, several notices at once.</summary>
public sealed partial class NoticeService
{
    /// <summary>How many sends may be under way at once (a slow provider does not hold the others up).</summary>
    public const int MaxInFlight = 16;

    // While a notice is pending or being sent, its retries and give-ups are looked at this often.
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    // The journal grows only with a move or a booking change, and both wake the loop; the poll reads it only this often,
    // as a safety net: a read of the data file every second per server was a tenth of a live MPP's CPU.
    private static readonly TimeSpan JournalPoll = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RemindersEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BookingGiveUp = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Notice> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _comeBackDecided = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);

    // Held around every change of a stored notice, so a delivery report never races a send's result.
    private readonly Lock _stateGate = new();

    /// <summary>How many notices wait to be sent (or tried again).</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Something happened (a move, a report): the loop looks again at once.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Decides and sends until <paramref name="stop"/> fires; sends under way are awaited before it returns.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var journalDue = true;
        var journalReadAt = DateTimeOffset.MinValue;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var now = _time.GetUtcNow();
                if (journalDue || now - journalReadAt >= JournalPoll || now < journalReadAt)
                {
                    journalDue = true;
                    DecideFromJournal();
                    journalDue = false;
                    journalReadAt = now;
                }

                if (now - _remindersCheckedAt >= RemindersEvery)
                {
                    _remindersCheckedAt = now;
                    DecideReminders();
                }

                StartDueSends(stop);
            }
#pragma warning disable CA1031 // The loop must outlive a failed round (a locked file, a bad document); it tries again.
            catch (Exception error) when (!stop.IsCancellationRequested)
#pragma warning restore CA1031
            {
                _log.LogError(error, "Deciding or sending notices failed; trying again.");
            }

            try
            {
                // A failed read stays due; a wake (a move, a booking change) makes it due. With nothing pending or under
                // way there is nothing to look at every second: the loop sleeps until the journal's safety read, or a wake.
                var idle = _pending.IsEmpty && _inFlight.IsEmpty && !journalDue;
                journalDue |= await _wake.WaitAsync(idle ? JournalPoll : Poll, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(_inFlight.Values).ConfigureAwait(false);

        // An orderly stop leaves nothing to decide again on the next start.
        try
        {
            lock (_decideGate)
            {
                StoreCursor();
            }
        }
#pragma warning disable CA1031 // Stopping goes on; the next start decides the lag again, which makes nothing twice.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _log.LogWarning(error, "The notices' journal position could not be stored on stopping.");
        }
    }

    /// <summary>Sends every notice that is due now and waits for those sends (for tests and a caller without the loop).</summary>
    public async Task SendDueAsync(CancellationToken cancel = default)
    {
        StartDueSends(cancel);
        await Task.WhenAll(_inFlight.Values).ConfigureAwait(false);
    }

    private void StartDueSends(CancellationToken stop)
    {
        var now = _time.GetUtcNow();
        foreach (var notice in _pending.Values.Where(n => (n.DueAt ?? now) <= now).OrderBy(n => n.DueAt).ToList())
        {
            if (_inFlight.Count >= MaxInFlight)
            {
                return;
            }

            if (_inFlight.ContainsKey(notice.Id))
            {
                continue;
            }

            var send = new TaskCompletionSource();
            if (_inFlight.TryAdd(notice.Id, send.Task))
            {
                _ = SendOneAsync(notice.Id, stop).ContinueWith(
                    t =>
                    {
                        _inFlight.TryRemove(notice.Id, out _);
                        send.SetResult();
                        Wake();
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
    }

    private async Task SendOneAsync(string id, CancellationToken stop)
    {
        try
        {
            await SendAsync(id, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: the notice stays pending and goes out after the restart.
        }
#pragma warning disable CA1031 // One notice's failure must not stop the others; it is tried again.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _log.LogError(error, "Sending notice {Id} failed.", id);
        }
    }

    private async Task SendAsync(string id, CancellationToken stop)
    {
        if (!_pending.TryGetValue(id, out var notice))
        {
            return;
        }

        var now = _time.GetUtcNow();
        var contact = ContactOf(notice.TicketId, notice.BookingCode);
        if (contact is null)
        {
            Fail(notice, "NoContact", now);
            return;
        }

        var limit = notice.TicketId is null ? BookingGiveUp : TimeSpan.FromMinutes(_options.GiveUpAfterMinutes);
        if (now - notice.CreatedAt > limit)
        {
            Fail(notice, "TooLate", now);
            return;
        }

        var channel = Choose(notice, contact);
        if (channel is null)
        {
            Fail(notice, "NoChannel", now);
            return;
        }

        var provider = _providers.First(p => p.Channel == channel && p.IsConfigured);
        var delivery = NoticeTexts.Render(notice with { Channel = channel }, contact, _options.PublicBaseUrl);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        NoticeSendResult result;
        try
        {
            result = await provider.SendAsync(delivery, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            result = NoticeSendResult.Failed(null, "timeout");
        }
#pragma warning disable CA1031 // A provider that throws is a failed send like any other.
        catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            result = NoticeSendResult.Failed(null, error.GetType().Name);
        }

        var at = _time.GetUtcNow();
        lock (_stateGate)
        {
            var attempts = notice.Attempts.Insert(0, new NoticeAttempt(at, channel.Value, result.Ok, result.Status, result.Error is null ? null : Printable.Echo(result.Error))).Take(AttemptsKept).ToImmutableList();
            if (_store.FindNotice(notice.Id) is { State: NoticeState.Delivered } seen)
            {
                // Its receipt came back while this send waited for the push service's answer: it arrived.
                Save(seen with { SentAt = seen.SentAt ?? at, ProviderMessageId = seen.ProviderMessageId ?? result.MessageId, Attempts = attempts });
                return;
            }

            if (result.Ok)
            {
                Save(notice with
                {
                    State = NoticeState.Sent,
                    Channel = channel,
                    Failures = 0,
                    DueAt = null,
                    SentAt = at,
                    ProviderMessageId = result.MessageId,
                    Attempts = attempts,
                });
                return;
            }

            var failures = (notice.Channel == channel ? notice.Failures : 0) + 1;
            var giveUpChannel = result.Permanent || failures >= _options.MaxFailuresPerChannel;
            _log.LogWarning("Notice {Id} failed on {Channel} ({Failures} in a row): {Error}", notice.Id, channel, failures, result.Error);
            Save(notice with
            {
                Channel = giveUpChannel ? null : channel,
                Failures = giveUpChannel ? 0 : failures,
                ChannelsFailed = giveUpChannel ? notice.ChannelsFailed.Add(channel.Value) : notice.ChannelsFailed,
                DueAt = giveUpChannel ? at : at + OutboundHttp.RetryAfter(_options.FirstRetrySeconds, _options.MaxRetrySeconds, failures),
                Attempts = attempts,
            });
        }
    }

    /// <summary>The channel to try: a recall's preferred one, else the agency's order, among those the visitor has and are set up and have not failed.</summary>
    private NoticeChannel? Choose(Notice notice, NoticeContact contact)
    {
        if (notice.Channel is { } current && Usable(current))
        {
            return current;
        }

        var order = _engine.Catalog.Agencies.GetValueOrDefault(notice.AgencyId ?? string.Empty)?.NoticeChannels ?? Agency.DefaultNoticeChannels;
        IEnumerable<NoticeChannel> candidates = notice.PreferredChannel is { } preferred ? [preferred, .. order] : order;
        foreach (var channel in candidates)
        {
            if (Usable(channel))
            {
                return channel;
            }
        }

        return null;

        bool Usable(NoticeChannel channel) =>
            contact.Has(channel) && !notice.ChannelsFailed.Contains(channel) && _providers.Any(p => p.Channel == channel && p.IsConfigured);
    }

    private void Fail(Notice notice, string why, DateTimeOffset at)
    {
        lock (_stateGate)
        {
            Save(notice with { State = NoticeState.Failed, FailedAt = at, DueAt = null, Channel = notice.Channel, FailureKey = why });
        }
    }

    /// <summary>Stores a notice's new state, keeps the pending set in step, and ends a finished booking's contact.</summary>
    private void Save(Notice notice)
    {
        _store.SaveNotice(notice);
        if (notice.State == NoticeState.Pending)
        {
            _pending[notice.Id] = notice;
        }
        else
        {
            _pending.TryRemove(notice.Id, out _);
            if (notice.TicketId is null && notice.BookingCode is { } code && notice.Kind is NoticeKind.Cancelled or NoticeKind.Expired)
            {
                Forget(NoticeSubject.Booking(code));
            }
        }

        Announce(notice);
    }
}
