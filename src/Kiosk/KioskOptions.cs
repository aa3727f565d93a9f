namespace MppQueue.Kiosk;

public sealed class KioskOptions
{
    /// <summary>
    /// The address visitors' phones reach the server at (e.g. http://192.168.1.10:5000/). The kiosk's own
    /// browser often talks to localhost, which a phone cannot reach; unset, the kiosk's own address is used.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
