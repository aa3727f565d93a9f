using Microsoft.AspNetCore.Components;
using MppQueue.Admin.People;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Who changed what and when: the audit log of a period of site-local days, optionally of one actor, newest
/// first, narrowed for an agency-scoped supervisor by <see cref="AuditLog"/>; an entry about a ticket links to the
/// ticket's history on the counter.
/// </summary>
public sealed partial class AuditPage
{
    /// <summary>A detail of more lines than this (a new service lists every field) is folded under its count.</summary>
    private const int FoldedAbove = 4;

    private Officer? _viewer;
    private IReadOnlyList<Officer> _actors = [];
    private DateTime? _from;
    private DateTime? _to;
    private string? _actorId = string.Empty;
    private string? _error;
    private AuditResult _result = new([], false);

    [Inject]
    private AuditLog Log { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private IQueueStore Store { get; set; } = default!;

    private bool IsScoped => _viewer is { Role: not OfficerRole.Admin, AgencyId: not null };

    protected override async Task OnInitializedAsync()
    {
        var today = Engine.Today;
        _from = today.AddDays(-6).ToDateTime(TimeOnly.MinValue);
        _to = today.ToDateTime(TimeOnly.MinValue);
        await OnShowAsync();
    }

    private async Task OnShowAsync()
    {
        _viewer = await Current.GetAsync();
        if (_viewer is null)
        {
            _result = new AuditResult([], false);
            return;
        }

        _actors = [.. Store.LoadOfficers()
            .Where(o => !IsScoped || o.AgencyId == _viewer.AgencyId)
            .OrderBy(o => o.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
        if (_from is not { } from || _to is not { } to)
        {
            _error = PeopleText.AuditPeriodMissing;
            return;
        }

        var first = DateOnly.FromDateTime(from);
        var last = DateOnly.FromDateTime(to);
        if (last < first)
        {
            _error = PeopleText.AuditPeriodInvalid;
            return;
        }

        if (last.DayNumber - first.DayNumber >= AuditLog.MaxDays)
        {
            _error = Labels.Format(PeopleText.AuditPeriodTooLong, AuditLog.MaxDays);
            return;
        }

        _error = null;
        _result = Log.Load(_viewer, first, last, string.IsNullOrEmpty(_actorId) ? null : _actorId);
    }
}
