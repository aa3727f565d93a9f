using System.Globalization;

namespace MppQueue.Ui.Localization;

/// <summary>The languages people can read the screens in: Indonesian first, English beside it.</summary>
public static class UiCultures
{
    public const string Indonesian = "id";

    public const string English = "en";

    /// <summary>The host's endpoint that stores the choice in the request-culture cookie and goes back.</summary>
    public const string SwitchPath = "/culture/set";

    public static readonly IReadOnlyList<string> Supported = [Indonesian, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public static string Current => IsEnglish ? English : Indonesian;

    /// <summary>The address that switches the language and returns to <paramref name="returnPath"/> (a local path).</summary>
    public static string SwitchUrl(string culture, string returnPath) =>
        SwitchPath + "?culture=" + Uri.EscapeDataString(culture) + "&redirectUri=" + Uri.EscapeDataString(returnPath);
}
