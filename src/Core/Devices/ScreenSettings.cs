namespace MppQueue.Core;

/// <summary>What a supervisor may change on a registered screen, from the list, without touching it.</summary>
public sealed record ScreenSettings(string Name, bool IsSpeaker, NumberReading Reading, bool UseBrowserSpeech);
