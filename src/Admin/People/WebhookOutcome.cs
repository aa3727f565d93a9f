using MppQueue.Core;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.People;

/// <summary>
/// What the last action on the webhooks page did, or why it was refused, in the page's words, and where the page shows
/// it: beside the subscription's row, under a creation form, or as the secret of a new subscription (shown once).
/// Every action starts afresh, so an old message never stands beside a new result.
/// </summary>
public sealed class WebhookOutcome
{
    public string? Notice { get; private set; }

    public string? RowError { get; internal set; }

    public string? CreateError { get; internal set; }

    public string? ConnectorError { get; internal set; }

    /// <summary>The signing secret of the subscription just created: shown this once, gone with the next action.</summary>
    public (string Name, string Secret)? Issued { get; internal set; }

    /// <summary>Forgets the messages about a subscription's row.</summary>
    public void ClearRow() => RowError = Notice = null;

    /// <summary>A refusal before anything was tried (a bad value on the row).</summary>
    public void RefuseRow(string error)
    {
        RowError = error;
        Notice = null;
    }

    /// <summary>Does an admin's action: its notice on success, its refusal in words where <paramref name="refused"/> puts it.</summary>
    /// <param name="whoActs">Reads the signed-in, active account afresh (null when there is none).</param>
    public async Task RunAsync(Func<Task<Officer?>> whoActs, Func<Officer, Task<string?>> act, Action<string> refused)
    {
        ArgumentNullException.ThrowIfNull(whoActs);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(refused);
        CreateError = ConnectorError = RowError = Notice = null;
        Issued = null;
        try
        {
            var actor = await whoActs() ?? throw new OfficerAdminException(OfficerAdminError.NotAllowed, "Not signed in.");
            Notice = await act(actor);
        }
        catch (WebhookException refusal)
        {
            refused(WebhookWords.Refusal(refusal.Code));
        }
        catch (OfficerAdminException)
        {
            refused(WebhookText.Error_NotAllowed);
        }
    }
}
