namespace MppQueue.Display.Boards;

/// <summary>One service of a zone and how many people wait for it; the name without its explanation in brackets.</summary>
public sealed record WaitingView(string ServiceId, string Prefix, string ServiceName, int Count)
{
    /// <summary>
    /// How large the name can be and still be read whole on its tile (the wall fits the type to the name instead of
    /// cutting it): "s" up to 22 characters, "m" up to 33, "l" beyond (up to three lines).
    /// </summary>
    public string NameSize => ServiceName.Length <= 22 ? "s" : ServiceName.Length <= 33 ? "m" : "l";

    /// <summary>"KTP-el (Kartu Tanda Penduduk Elektronik)" is shown as "KTP-el": a screen has room for a few words only.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }
}
