namespace MppQueue.Display.Boards;

/// <summary>A call as a screen shows it: number, desk, and the service and agency it belongs to.</summary>
public sealed record CallView(
    string Number,
    int DeskNumber,
    string DeskLabel,
    string ServiceName,
    string AgencyName,
    long Sequence,
    bool IsRecall);
