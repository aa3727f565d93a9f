using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of <see cref="ScreenDevice"/>: enums as names, instants as UTC ticks, the token under a unique index.</summary>
internal sealed class ScreenDeviceDocument
{
    public string Id { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ZoneId { get; set; } = string.Empty;

    public string Kind { get; set; } = nameof(ScreenKind.Zone);

    public string? DeskId { get; set; }

    public bool IsSpeaker { get; set; }

    public string Reading { get; set; } = nameof(NumberReading.WholeNumber);

    public bool UseBrowserSpeech { get; set; }

    public long RegisteredAtUtcTicks { get; set; }

    public long? LastSeenAtUtcTicks { get; set; }

    public string Sound { get; set; } = nameof(ScreenSound.Unknown);

    public static ScreenDeviceDocument From(ScreenDevice screen) => new()
    {
        Id = screen.Id,
        Token = screen.Token,
        Name = screen.Name,
        ZoneId = screen.ZoneId,
        Kind = StorageFormat.ToName(screen.Kind),
        DeskId = screen.DeskId,
        IsSpeaker = screen.IsSpeaker,
        Reading = StorageFormat.ToName(screen.Reading),
        UseBrowserSpeech = screen.UseBrowserSpeech,
        RegisteredAtUtcTicks = StorageFormat.ToUtcTicks(screen.RegisteredAt),
        LastSeenAtUtcTicks = StorageFormat.ToUtcTicks(screen.LastSeenAt),
        Sound = StorageFormat.ToName(screen.Sound),
    };

    public ScreenDevice ToScreen() => new()
    {
        Id = Id,
        Token = Token,
        Name = Name,
        ZoneId = ZoneId,
        Kind = StorageFormat.ParseName<ScreenKind>(Kind),
        DeskId = DeskId,
        IsSpeaker = IsSpeaker,
        Reading = StorageFormat.ParseName<NumberReading>(Reading),
        UseBrowserSpeech = UseBrowserSpeech,
        RegisteredAt = StorageFormat.FromUtcTicks(RegisteredAtUtcTicks),
        LastSeenAt = StorageFormat.FromUtcTicks(LastSeenAtUtcTicks),
        Sound = StorageFormat.ParseName<ScreenSound>(Sound),
    };
}
