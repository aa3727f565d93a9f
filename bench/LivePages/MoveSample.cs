namespace MppQueue.Bench.LivePages;

public enum MoveKind
{
    Issue,
    Call,
    Start,
    Finish,
}

/// <summary>How long after a move one observing page showed it; null when it did not within the timeout.</summary>
public sealed record Sighting(string Observer, double? Ms);

/// <summary>One move and when each page that should show it did.</summary>
public sealed record MoveSample(MoveKind Kind, string Desk, string Number, IReadOnlyList<Sighting> Sightings)
{
    public bool Missed => Sightings.Count == 0 || Sightings.Any(s => s.Ms is null);

    /// <summary>From the move until the last page that should show it did.</summary>
    public double? ShownEverywhereMs => Missed ? null : Sightings.Max(s => s.Ms);

    public IEnumerable<double> Of(string observer) => Sightings.Where(s => s.Observer == observer && s.Ms is not null).Select(s => s.Ms!.Value);
}
