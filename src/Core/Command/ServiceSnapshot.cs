namespace MppQueue.Core;

/// <summary>One service in the Command Center: its figures, whether it issues tickets now, and its standard wait.</summary>
public sealed record ServiceSnapshot(Service Service, CommandFigures Figures, AvailabilityState State)
{
    public TimeSpan StandardWait => TimeSpan.FromMinutes(Service.StandardWaitMinutes);

    /// <summary>Its longest current wait passes the standard waiting time.</summary>
    public bool OverStandard => Figures.LongestWait is { } longest && longest > StandardWait;
}
