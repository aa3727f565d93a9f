using System.Globalization;
using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Complaints;

/// <summary>
/// The state and decisions of the complaints page: the complaints the person may see (an agency's supervisor: their
/// agency's) with "Kirim ulang", and for admins each agency's forwarding set-up (address, token never shown again)
/// with its connection tests. Refusals are shown in the page's language, never thrown.
/// </summary>
public sealed class ComplaintsBoard(ComplaintForwarder forwarder, QueueEngine engine, Func<Task<Officer?>> current)
{
    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public Officer? Actor { get; private set; }

    public bool IsAdmin => CatalogAccess.MayEditBuilding(Actor);

    public IReadOnlyList<Complaint> Complaints { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>The agency whose forwarding is being set up.</summary>
    public string AgencyId { get; private set; } = string.Empty;

    public string? Endpoint { get; set; }

    /// <summary>A new token as typed; empty keeps the stored one.</summary>
    public string? Token { get; set; }

    /// <summary>The selected agency's stored set-up, or null.</summary>
    public ComplaintChannel? Channel { get; private set; }

    public IReadOnlyList<Agency> Agencies => [.. engine.Catalog.Agencies.Values.OrderBy(a => a.SortOrder)];

    public async Task LoadAsync()
    {
        Actor = await current().ConfigureAwait(true);
        Refresh();
        if (IsAdmin && AgencyId.Length == 0 && Agencies.Count > 0)
        {
            Select(Agencies[0].Id);
        }
    }

    public void Select(string agencyId)
    {
        AgencyId = agencyId;
        Channel = forwarder.Channel(Actor, agencyId);
        Endpoint = Channel?.Endpoint;
        Token = null;
        Message = null;
        Error = null;
    }

    public void SaveChannel() => Run(() =>
    {
        Channel = forwarder.SaveChannel(Actor, AgencyId, Endpoint, Token);
        Token = null;
        return Labels.Format(Channel is null ? ComplaintAdminText.ForwardingRemoved : ComplaintAdminText.ForwardingSaved, AgencyName(AgencyId));
    });

    public async Task TestAsync()
    {
        await RunAsync(async () =>
        {
            var test = await forwarder.TestAsync(Actor, AgencyId).ConfigureAwait(true);
            Channel = forwarder.Channel(Actor, AgencyId);
            if (!test.Passed)
            {
                throw new ComplaintException(test.Error ?? "?");
            }

            return Labels.Format(ComplaintAdminText.TestPassed, test.StatusCode ?? 0);
        }).ConfigureAwait(true);
    }

    public async Task ResendAsync(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await RunAsync(async () =>
        {
            var after = await forwarder.ResendAsync(Actor, complaint.Id).ConfigureAwait(true);
            Refresh();
            return after.State == ComplaintState.Forwarded
                ? Labels.Format(ComplaintAdminText.Resent, after.TicketNumber)
                : throw new ComplaintException(Labels.Format(ComplaintAdminText.ResendFailed, after.TicketNumber, after.LastError ?? "?"));
        }).ConfigureAwait(true);
    }

    public string AgencyName(string id) => engine.Catalog.Agencies.GetValueOrDefault(id) is { } a ? (a.ShortName is { Length: > 0 } s ? s : a.Name) : id;

    public string ServiceName(string id) => engine.Catalog.FindService(id) is { } s ? Labels.Service(s) : id;

    public string When(DateTimeOffset instant) => Labels.DateTime(instant, engine.Catalog.Site);

    public static string StateName(ComplaintState state) => ComplaintAdminText.ResourceManager.GetString("State" + state, Culture) ?? state.ToString();

    public static bool MayResend(Complaint complaint) => complaint?.State is not null and not ComplaintState.Forwarded;

    private void Refresh()
    {
        try
        {
            Complaints = forwarder.List(Actor);
        }
        catch (ComplaintException refusal)
        {
            Complaints = [];
            Error = refusal.Describe(Culture);
        }
    }

    private void Run(Func<string> action)
    {
        Message = null;
        Error = null;
        try
        {
            Message = action();
        }
        catch (ComplaintException refusal)
        {
            Error = refusal.Describe(Culture);
        }
    }

    private async Task RunAsync(Func<Task<string>> action)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        Message = null;
        Error = null;
        try
        {
            Message = await action().ConfigureAwait(true);
        }
        catch (ComplaintException refusal)
        {
            Error = refusal.Describe(Culture);
        }
        finally
        {
            Busy = false;
        }
    }
}
