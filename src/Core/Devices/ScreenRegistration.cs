namespace MppQueue.Core;

/// <summary>What a technician enters when a screen is put up.</summary>
public sealed record ScreenRegistration(
    string Name,
    string ZoneId,
    ScreenKind Kind = ScreenKind.Zone,
    string? DeskId = null,
    bool IsSpeaker = false,
    NumberReading Reading = NumberReading.WholeNumber,
    bool UseBrowserSpeech = false);
