using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Display.Pages;

/// <summary>
/// The waiting-hall screen of one zone: the latest call very large, the calls before it, and the number at
/// each desk. It re-renders from the in-process notifier; it never reloads.
/// </summary>
public partial class ZoneDisplayPage
{
    private const int RecentShown = 6;

    private Site _site = default!;
    private Zone? _zone;
    private Call? _latest;
    private IReadOnlyList<Call> _recent = [];
    private IReadOnlyList<Call> _atDesks = [];
    private DateTimeOffset _now;
    private long? _sequenceOnOpening;
    private bool _fresh;

    [Parameter]
    public string ZoneId { get; set; } = string.Empty;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override TimeSpan? RefreshInterval => TimeSpan.FromSeconds(5);

    protected override void Load()
    {
        var catalog = Engine.Catalog;
        _site = catalog.Site;
        _now = Time.GetUtcNow();
        _zone = catalog.Zones.TryGetValue(ZoneId, out var zone) ? zone : null;
        if (_zone is null)
        {
            return;
        }

        // Newest call first by sequence: two calls in the same clock tick still come out in the order they were made.
        var calls = Engine.RecentCalls(_zone.Id, RecentShown + 1).Select(t => ToCall(t, catalog)).OrderByDescending(c => c.Sequence).ToList();
        _latest = calls.FirstOrDefault();
        _recent = [.. calls.Skip(1)];
        _atDesks = [.. catalog.DesksIn(_zone.Id)
            .Select(d => Engine.CurrentTicket(d.Id))
            .OfType<Ticket>()
            .Select(t => ToCall(t, catalog))];

        // A call made while the screen is up flashes (once: the element is keyed by the call); the one shown on opening does not.
        _sequenceOnOpening ??= _latest?.Sequence ?? 0;
        _fresh = _latest is not null && _latest.Sequence != _sequenceOnOpening;
    }

    protected override bool Concerns(QueueEvent queueEvent) => queueEvent.ZoneId == ZoneId || queueEvent.Kind == QueueEventKind.CatalogChanged;

    private static Call ToCall(Ticket ticket, SiteCatalog catalog)
    {
        var desk = catalog.FindDesk(ticket.DeskId);
        var label = desk is null ? string.Empty : Labels.Desk(desk);
        var lastCall = ticket.History.LastOrDefault(m => m.Kind is MoveKind.Call or MoveKind.CallSpecific or MoveKind.Recall or MoveKind.Resume);
        return new Call(ticket.Number.ToString(), label, lastCall?.Sequence ?? ticket.LastSequence);
    }

    private sealed record Call(string Number, string DeskLabel, long Sequence);
}
