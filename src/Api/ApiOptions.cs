namespace MppQueue.Api;

/// <summary>The integration API's settings ("MppQueue:Api"), checked at start.</summary>
public sealed class ApiOptions
{
    public const string Section = "MppQueue:Api";

    /// <summary>Requests one client may make at once before the steady rate applies.</summary>
    public int Burst { get; set; } = 60;

    /// <summary>The steady rate of requests per client, per minute.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}
