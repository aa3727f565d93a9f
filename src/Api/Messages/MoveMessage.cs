namespace MppQueue.Api.Messages;

/// <summary>One recorded move of a ticket (Issue, Call, Recall, StartServing, Finish, NoShow, Transfer, …), when, and at which desk.</summary>
public sealed record MoveMessage(long Sequence, string Kind, DateTimeOffset At, string From, string To, string? DeskId, int? DeskNumber);
