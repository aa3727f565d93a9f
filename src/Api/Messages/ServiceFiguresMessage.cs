namespace MppQueue.Api.Messages;

/// <summary>Today's figures of one service so far (site-local day).</summary>
public sealed record ServiceFiguresMessage(
    string ServiceId,
    string AgencyId,
    int Issued,
    int Waiting,
    int AtDesk,
    int Served,
    int NoShows,
    int Cancelled,
    int DesksOpen,
    int? LongestWaitMinutes,
    int? AverageWaitMinutes,
    int? AverageServiceMinutes,
    int QuotaTotal,
    int QuotaLeft);
