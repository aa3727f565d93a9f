namespace MppQueue.Server.Hubs;

/// <summary>A call as the wire carries it: the number, the desk it goes to, and the service.</summary>
public sealed record CallMessage(
    long Sequence,
    string ZoneId,
    string Number,
    string DeskId,
    int DeskNumber,
    string DeskName,
    string ServiceId,
    string ServiceNameId,
    string ServiceNameEn,
    bool IsRecall,
    DateTimeOffset At);
