using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Complaints;
using MppQueue.Core;
using MppQueue.Ui;

namespace MppQueue.Admin.Pages;

/// <summary>
/// Visitors' complaints and where they went ("Pengaduan"): admins see all and set up each agency's SP4N-LAPOR!
/// forwarding; an agency's supervisor sees that agency's complaints. The page renders a <see cref="ComplaintsBoard"/>.
/// </summary>
public sealed partial class ComplaintsPage
{
    private ComplaintsBoard _board = default!;

    [Inject]
    private ComplaintForwarder Forwarder { get; set; } = default!;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _board = new ComplaintsBoard(Forwarder, Engine, Current.GetAsync);
        await _board.LoadAsync();
    }

    private void OnSelect(string agencyId) => _board.Select(agencyId);

    private void OnSave() => _board.SaveChannel();

    private Task OnTest() => _board.TestAsync();

    private Task OnResend(Complaint complaint) => _board.ResendAsync(complaint);
}
