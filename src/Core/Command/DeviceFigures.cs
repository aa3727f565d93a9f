namespace MppQueue.Core;

/// <summary>How the registered screens and kiosks are keeping in touch.</summary>
public sealed record DeviceFigures(int Online, int Stale, int NeverSeen)
{
    public int Total => Online + Stale + NeverSeen;
}
