namespace MppQueue.Ui;

/// <summary>
/// Endpoint metadata: this page's HTML is the same for every visitor who asks for it in the same language (no
/// antiforgery token, no signed-in name, no ticket or booking token, no cookie value), so the host may compress it.
/// Compressing a page that holds a secret next to text an attacker can put in it (a search query) lets the compressed
/// size betray the secret over HTTPS (BREACH); only pages marked with this are compressed as HTML.
/// </summary>
public sealed class PublicPage
{
    public static readonly PublicPage Instance = new();

    private PublicPage()
    {
    }
}
