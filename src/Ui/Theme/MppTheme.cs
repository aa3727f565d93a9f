using MudBlazor;

namespace MppQueue.Ui.Theme;

/// <summary>
/// The look of a government service hall: a deep civil-service blue, a warm gold accent for what
/// needs attention, high contrast, large type and no capitalised buttons (Indonesian reads better in sentence case).
/// Fonts are local ones only: the hall's screens have no internet.
/// </summary>
public static class MppTheme
{
    public static readonly string[] FontStack = ["Noto Sans", "Liberation Sans", "DejaVu Sans", "Arial", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B3C6E",
            PrimaryContrastText = "#FFFFFF",
            Secondary = "#E0A100",
            SecondaryContrastText = "#1A1A1A",
            Tertiary = "#00796B",
            Info = "#1565C0",
            Success = "#2E7D32",
            Warning = "#B45309",
            Error = "#B3261E",
            AppbarBackground = "#0B3C6E",
            AppbarText = "#FFFFFF",
            Background = "#F2F4F7",
            Surface = "#FFFFFF",
            TextPrimary = "#1A2233",
            TextSecondary = "#4A5568",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack, FontSize = "1rem", LineHeight = "1.5" },
            Button = new ButtonTypography { FontFamily = FontStack, FontWeight = "600", TextTransform = "none", FontSize = "1rem" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px", AppbarHeight = "64px" },
    };
}
