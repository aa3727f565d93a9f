namespace MppQueue.Core;

/// <summary>
/// A registered screen: a TV or mini-PC on the wall, known by a long random <see cref="Token"/> in its address
/// (<c>/display/zona-1?device=…</c>). Its settings live here, on the server, so nobody has to touch the screen.
/// </summary>
public sealed record ScreenDevice
{
    public required string Id { get; init; }

    public required string Token { get; init; }

    public required string Name { get; init; }

    public required string ZoneId { get; init; }

    public ScreenKind Kind { get; init; } = ScreenKind.Zone;

    /// <summary>The desk a desk screen hangs above; null for a zone screen.</summary>
    public string? DeskId { get; init; }

    /// <summary>Whether this screen announces calls aloud. Only the speakers of a zone play sound.</summary>
    public bool IsSpeaker { get; init; }

    public NumberReading Reading { get; init; } = NumberReading.WholeNumber;

    /// <summary>Speak the sentence with the browser's own voice instead of the clips (only where it has an Indonesian voice).</summary>
    public bool UseBrowserSpeech { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    public ScreenSound Sound { get; init; }
}
