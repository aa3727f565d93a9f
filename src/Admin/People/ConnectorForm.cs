using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>
/// The webhooks page's form for a new connector (another system's booking timestamps): a name, an address, the other
/// system's consumer id, secret and user key, which event is which task, and an agency.
/// </summary>
public sealed class ConnectorForm
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    public string? ConsumerId { get; set; }

    public string? ConsumerSecret { get; set; }

    public string? UserKey { get; set; }

    /// <summary>Which event is which task, "type=task, …"; prefilled with the usual steps.</summary>
    public string? Tasks { get; set; } = ConnectorSettings.DefaultTasks;

    /// <summary>The agency whose events are sent; empty for the whole MPP.</summary>
    public string AgencyId { get; set; } = string.Empty;

    public ConnectorRequest ToRequest() =>
        new(Name, Url, ConsumerId, ConsumerSecret, UserKey, Tasks, string.IsNullOrEmpty(AgencyId) ? null : AgencyId);

    /// <summary>Empties the form after a connector was made (the tasks go back to the usual steps).</summary>
    public void Clear()
    {
        Name = Url = ConsumerId = ConsumerSecret = UserKey = null;
        Tasks = ConnectorSettings.DefaultTasks;
        AgencyId = string.Empty;
    }
}
