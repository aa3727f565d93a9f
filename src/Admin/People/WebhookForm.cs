using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>The webhooks page's form for a new subscription: a name, an address, event types and an agency.</summary>
public sealed class WebhookForm
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The chosen event types by wire name; none for all of them.</summary>
    public IReadOnlyCollection<string> Types { get; set; } = [];

    /// <summary>The agency whose events are sent; empty for the whole MPP.</summary>
    public string AgencyId { get; set; } = string.Empty;

    public WebhookRequest ToRequest() => new(Name, Url, [.. Types], string.IsNullOrEmpty(AgencyId) ? null : AgencyId);

    /// <summary>Empties the form after a subscription was made.</summary>
    public void Clear()
    {
        Name = Url = null;
        Types = [];
        AgencyId = string.Empty;
    }
}
