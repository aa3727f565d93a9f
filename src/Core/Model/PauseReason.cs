namespace MppQueue.Core;

/// <summary>Why a desk is paused: istirahat, sholat, rapat, lainnya.</summary>
public enum PauseReason
{
    Break,
    Prayer,
    Meeting,
    Other,
}
