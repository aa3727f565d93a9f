namespace MppQueue.Display.Live;

/// <summary>A number at a desk now: called (walking up) or being served.</summary>
public sealed record LiveServing(int DeskNumber, string Number, bool Serving);
