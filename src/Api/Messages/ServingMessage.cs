namespace MppQueue.Api.Messages;

/// <summary>A ticket at a desk now: its number, the desk, called or being served, and since when.</summary>
public sealed record ServingMessage(string Number, string DeskId, int DeskNumber, string Status, DateTimeOffset? Since);
