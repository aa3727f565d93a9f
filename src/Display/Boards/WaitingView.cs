namespace MppQueue.Display.Boards;

/// <summary>One service of a zone and how many people wait for it; the name without its explanation in brackets.</summary>
public sealed record WaitingView(string ServiceId, string Prefix, string ServiceName, int Count)
{
    /// <summary>"KTP-el (Kartu Tanda Penduduk Elektronik)" is shown as "KTP-el": a screen has room for a few words only.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }
}
