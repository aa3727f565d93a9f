namespace MppQueue.Counter;

public static class CounterRoutes
{
    public const string Counter = "/counter";

    public static string Desk(string deskId) => Counter + "/" + Uri.EscapeDataString(deskId);
}
