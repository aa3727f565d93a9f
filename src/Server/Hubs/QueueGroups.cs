namespace MppQueue.Server.Hubs;

/// <summary>Group names. A ticket's group is named by its token, which only its holder knows.</summary>
public static class QueueGroups
{
    public static string Zone(string zoneId) => "zone:" + zoneId;

    public static string Ticket(string token) => "ticket:" + token;
}
