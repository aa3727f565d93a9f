namespace MppQueue.Display.Boards;

/// <summary>
/// Which call a screen highlights, and until when: a call that comes in while the screen is up, for a few
/// seconds; never the call already shown when the screen opened (a reload does not flash an old call).
/// </summary>
public sealed class CallHighlight(TimeSpan duration)
{
    private long? _onOpening;
    private long _sequence;
    private DateTimeOffset _until;

    /// <summary>Looks at the call shown now; true when it is a new one, just highlighted (the caller ends it after <see cref="Duration"/>).</summary>
    public bool Observe(long? shownSequence, DateTimeOffset now)
    {
        _onOpening ??= shownSequence ?? 0;
        if (shownSequence is not { } shown || shown <= _onOpening || shown == _sequence)
        {
            return false;
        }

        _sequence = shown;
        _until = now + duration;
        return true;
    }

    public TimeSpan Duration => duration;

    public bool IsOn(long? shownSequence, DateTimeOffset now) => shownSequence is { } shown && shown == _sequence && now < _until;
}
