namespace MppQueue.Display.Live;

/// <summary>One call of a zone: the number and the desk it was sent to.</summary>
public sealed record LiveCall(string Number, int DeskNumber, long Sequence);
