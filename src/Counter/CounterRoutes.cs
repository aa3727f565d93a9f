namespace MppQueue.Counter;

public static class CounterRoutes
{
    public const string Counter = "/counter";

    /// <summary>Supervisors: find a ticket of today and read its history.</summary>
    public const string Tickets = "/counter/tickets";

    public static string Desk(string deskId) => Counter + "/" + Uri.EscapeDataString(deskId);

    public static string Ticket(string ticketId) => Tickets + "/" + Uri.EscapeDataString(ticketId);
}
