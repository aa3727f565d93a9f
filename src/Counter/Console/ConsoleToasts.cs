using MudBlazor;

namespace MppQueue.Counter.Console;

/// <summary>
/// How the counter shows what a move came to, for a whole day at the desk: a message that only informs ("A004
/// dipanggil ke Loket 3") goes by itself after a few seconds and replaces the one before, so they never stack; a
/// refusal ("Tidak hadir dapat ditandai setelah …") stays longer and replaces the refusal before; only what the
/// officer must act on (the desk was taken over, the account was closed) stays until it is closed, and never more than
/// <see cref="MaxNeedingAction"/> of those. One per console page; <see cref="Components.ConsoleToastStack"/> shows them
/// in the corner under the moves.
/// </summary>
/// <remarks>
/// The messages that go by themselves fade out in the browser (a CSS animation of <see cref="ConsoleToast.Milliseconds"/>),
/// not on server timers: a message then costs the server nothing beyond the render that the move makes anyway, where a
/// snackbar with timers rendered the console three more times per move. A message that has faded stays in the page,
/// hidden, until the next one of its kind replaces it.
/// </remarks>
public sealed class ConsoleToasts
{
    /// <summary>How long information stays.</summary>
    public const int InformationMilliseconds = 3_000;

    /// <summary>How long a refusal stays.</summary>
    public const int RefusalMilliseconds = 8_000;

    /// <summary>How many messages that need action may stand at once (the oldest goes first).</summary>
    public const int MaxNeedingAction = 2;

    private readonly List<ConsoleToast> _needingAction = [];
    private ConsoleToast? _refusal;
    private ConsoleToast? _information;
    private long _lastId;

    /// <summary>The messages in the page, top to bottom in the order they came: the newest is nearest the corner.</summary>
    public IReadOnlyList<ConsoleToast> Shown =>
        [.. _needingAction.Append(_refusal).Append(_information).OfType<ConsoleToast>().OrderBy(t => t.Id)];

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
            _needingAction.RemoveAll(t => t.Message == notice.Message);
            while (_needingAction.Count >= MaxNeedingAction)
            {
                _needingAction.RemoveAt(0);
            }

            _needingAction.Add(new ConsoleToast(++_lastId, notice.Message, notice.Severity, ConsoleToastKind.NeedsAction));
            return;
        }

        if (notice.Severity is Severity.Warning or Severity.Error)
        {
            _refusal = new ConsoleToast(++_lastId, notice.Message, notice.Severity, ConsoleToastKind.Refusal);
        }
        else
        {
            _information = new ConsoleToast(++_lastId, notice.Message, notice.Severity, ConsoleToastKind.Information);
        }
    }

    /// <summary>The officer closed a message; one that is gone already is ignored.</summary>
    public void Close(long id)
    {
        _needingAction.RemoveAll(t => t.Id == id);
        if (_refusal?.Id == id)
        {
            _refusal = null;
        }

        if (_information?.Id == id)
        {
            _information = null;
        }
    }
}

/// <summary>What a console message is: it decides how long the message stays and how it is announced.</summary>
public enum ConsoleToastKind
{
    Information,
    Refusal,
    NeedsAction,
}

/// <summary>One message in the console's corner; <see cref="Id"/> is new for every message shown, so a repeated text shows again.</summary>
public sealed record ConsoleToast(long Id, string Message, Severity Severity, ConsoleToastKind Kind)
{
    /// <summary>How long the message stays before it fades out by itself; null: until it is closed.</summary>
    public int? Milliseconds => Kind switch
    {
        ConsoleToastKind.Information => ConsoleToasts.InformationMilliseconds,
        ConsoleToastKind.Refusal => ConsoleToasts.RefusalMilliseconds,
        _ => null,
    };
}
