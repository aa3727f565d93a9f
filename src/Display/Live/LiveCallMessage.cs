namespace MppQueue.Display.Live;

/// <summary>A number and the desk it is at, as text ("A012", "Loket 3").</summary>
public sealed record LiveCallMessage(string Number, string Desk);
