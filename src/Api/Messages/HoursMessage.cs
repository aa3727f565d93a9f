namespace MppQueue.Api.Messages;

/// <summary>Opening hours of one weekday, local time of the site ("07:30", "16:00"; the end is exclusive).</summary>
public sealed record HoursMessage(string Day, string Opens, string Closes);
