using MudBlazor;

namespace MppQueue.Counter.Console;

/// <summary>
/// How the counter shows what a move came to, for a whole day at the desk: a message that only informs ("A004
/// dipanggil ke Loket 3") goes by itself after a few seconds and replaces the one before, so they never stack; a
/// refusal ("Tidak hadir dapat ditandai setelah …") stays longer and replaces the refusal before; only what the
/// officer must act on (the desk was taken over, the account was closed) stays until it is closed, and never more than
/// <see cref="MaxNeedingAction"/> of those. Where they appear is the counter layout's (its <c>counter-toasts</c> corner).
/// One per console page, on that circuit's snackbar service.
/// </summary>
public sealed class ConsoleToasts(ISnackbar snackbar)
{
    /// <summary>How long information stays.</summary>
    public const int InformationMilliseconds = 3_000;

    /// <summary>How long a refusal stays.</summary>
    public const int RefusalMilliseconds = 8_000;

    /// <summary>How many messages that need action may stand at once (the oldest goes first).</summary>
    public const int MaxNeedingAction = 2;

    private const string InformationKey = "counter-information";
    private const string RefusalKey = "counter-refusal";
    private const string NeedsActionKey = "counter-needs-action:";

    private readonly List<Snackbar> _needingAction = [];

    /// <summary>Shows a move's notice; an empty message shows nothing.</summary>
    public void Show(ConsoleNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (string.IsNullOrWhiteSpace(notice.Message))
        {
            return;
        }

        if (notice.NeedsAction)
        {
            // The same message again replaces itself; past the limit the oldest still standing goes.
            var key = NeedsActionKey + notice.Message;
            snackbar.RemoveByKey(key);
            var standing = snackbar.ShownSnackbars.ToHashSet();
            _needingAction.RemoveAll(s => !standing.Contains(s));
            while (_needingAction.Count >= MaxNeedingAction)
            {
                snackbar.Remove(_needingAction[0]);
                _needingAction.RemoveAt(0);
            }

            if (snackbar.Add(notice.Message, notice.Severity, o =>
            {
                o.RequireInteraction = true;
                o.ShowCloseIcon = true;
            }, key) is { } added)
            {
                _needingAction.Add(added);
            }

            return;
        }

        var refusal = notice.Severity is Severity.Warning or Severity.Error;
        var replaced = refusal ? RefusalKey : InformationKey;
        snackbar.RemoveByKey(replaced);
        snackbar.Add(notice.Message, notice.Severity, o =>
        {
            o.RequireInteraction = false;
            o.ShowCloseIcon = true;
            o.VisibleStateDuration = refusal ? RefusalMilliseconds : InformationMilliseconds;
            o.ShowTransitionDuration = 150;
            o.HideTransitionDuration = 300;
            o.DuplicatesBehavior = SnackbarDuplicatesBehavior.Allow;

            // Information in a light tint that does not pull the eye; a refusal in full colour.
            o.SnackbarVariant = refusal ? Variant.Filled : Variant.Text;
        }, replaced);
    }
}
