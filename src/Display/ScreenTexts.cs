using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Display;

/// <summary>What people read about screens, in the current language.</summary>
public static class ScreenTexts
{
    /// <summary>The start page of a registered screen, with its token.</summary>
    public static string PathOf(ScreenDevice screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return screen.Kind == ScreenKind.Desk && screen.DeskId is { } deskId
            ? DisplayRoutes.Desk(deskId, screen.Token)
            : DisplayRoutes.Zone(screen.ZoneId, screen.Token);
    }

    public static string Refusal(ScreenRegistryError error) => error switch
    {
        ScreenRegistryError.NameMissing => DisplayText.Error_NameMissing,
        ScreenRegistryError.NameTooLong => DisplayText.Error_NameTooLong,
        ScreenRegistryError.UnknownZone => DisplayText.Error_UnknownZone,
        ScreenRegistryError.UnknownDesk => DisplayText.Error_UnknownDesk,
        ScreenRegistryError.DeskInOtherZone => DisplayText.Error_DeskInOtherZone,
        ScreenRegistryError.NameNotPlain => DisplayText.Error_NameNotPlain,
        _ => DisplayText.Error_UnknownScreen,
    };

    public static string Health(ScreenHealth health) => health switch
    {
        ScreenHealth.Online => DisplayText.HealthOnline,
        ScreenHealth.Stale => DisplayText.HealthStale,
        _ => DisplayText.HealthNeverSeen,
    };

    public static string Voice(ScreenVoice voice) => voice switch
    {
        ScreenVoice.Speaking => DisplayText.VoiceSpeaking,
        ScreenVoice.Blocked => DisplayText.VoiceBlocked,
        ScreenVoice.Muted => DisplayText.VoiceMuted,
        _ => DisplayText.VoiceUnknown,
    };

    /// <summary>"12 dtk lalu", "3 mnt lalu": how long ago a screen was last heard from.</summary>
    public static string Ago(TimeSpan? silentFor)
    {
        if (silentFor is not { } span)
        {
            return DisplayText.SeenNever;
        }

        var amount = span switch
        {
            { TotalMinutes: < 1 } => Format(DisplayText.Seconds, (int)span.TotalSeconds),
            { TotalHours: < 1 } => Format(DisplayText.Minutes, (int)span.TotalMinutes),
            { TotalDays: < 1 } => Format(DisplayText.Hours, (int)span.TotalHours),
            _ => Format(DisplayText.Days, (int)span.TotalDays),
        };
        return Format(DisplayText.SeenAgo, amount);
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
}
