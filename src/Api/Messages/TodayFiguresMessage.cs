namespace MppQueue.Api.Messages;

/// <summary>Today's figures per service within the client's scope, at one instant.</summary>
public sealed record TodayFiguresMessage(DateOnly Day, DateTimeOffset At, IReadOnlyList<ServiceFiguresMessage> Services);
